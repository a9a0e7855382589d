import sharp from "sharp";

/** A real photo-like JPEG of the given size, made by sharp. */
export const jpeg = (width = 1600, height = 1200) =>
  sharp({ create: { width, height, channels: 3, background: { r: 23, g: 98, b: 79 } } })
    .jpeg({ quality: 80 })
    .toBuffer();

/** Text that only pretends to be a JPEG by its name. */
export const fakeJpeg = () => Buffer.from("This is not a picture, only a file named photo.jpg.\n".repeat(20));

/** The start of an MP4 file (an ftyp box, then data): enough for type detection and byte ranges. */
export const mp4 = (size = 64 * 1024) => {
  const head = Buffer.from([0x00, 0x00, 0x00, 0x18, 0x66, 0x74, 0x79, 0x70, 0x69, 0x73, 0x6f, 0x6d, 0x00, 0x00, 0x02, 0x00, 0x69, 0x73, 0x6f, 0x6d, 0x69, 0x73, 0x6f, 0x32]);
  const body = Buffer.alloc(size - head.length);
  for (let i = 0; i < body.length; i++) body[i] = i % 251;
  return Buffer.concat([head, body]);
};
