import type { Pose, Step } from "./figure";

/*
 * The drawings of the global exercise library, keyed as lib/seed/exercise-library.ts keys its entries:
 * what each step shows, and the same in words for anyone who cannot see the picture.
 */
export interface Illustration {
  alt: string;
  steps: Step[];
}

const FLAT = [90, 90] as const;
const supine = (pose: Partial<Pose> & Pick<Pose, "near">): Pose => ({ hip: [115, 146], torso: -90, head: -90, far: { leg: FLAT, arm: FLAT }, ...pose });
const standing = (pose: Partial<Pose> & Pick<Pose, "near">): Pose => ({ hip: [90, 76], torso: 180, ...pose });
const seated = (pose: Partial<Pose> & Pick<Pose, "near">): Pose => ({ hip: [92, 112], torso: 180, props: [{ kind: "chair", x: 92, seat: 116 }], ...pose });

export const ILLUSTRATIONS: Record<string, Illustration> = {
  "supine-glide": {
    alt: "1: lying on your back, holding the affected thigh upright with both hands, knee bent. 2: the knee straightens until light tension, then bends again.",
    steps: [
      { pose: supine({ near: { leg: [170, 100], arm: [120, 100] } }), caption: "Hold behind the thigh" },
      { pose: supine({ near: { leg: [170, 168], arm: [120, 100] }, props: [{ kind: "arrow", from: [165, 100], to: [140, 76] }] }), caption: "Straighten, then bend" },
    ],
  },
  "seated-slider": {
    alt: "1: sitting tall on a chair, knee bent and head tipped down. 2: the knee straightens while the head lifts to look up.",
    steps: [
      { pose: seated({ head: 155, near: { leg: [90, 0], arm: [35, 80] } }), caption: "Knee bent, look down" },
      { pose: seated({ head: 200, near: { leg: [90, 88], arm: [35, 80] }, far: { leg: [90, 0] } }), caption: "Straighten knee, look up" },
    ],
  },
  "standing-stretch": {
    alt: "1: standing, the heel of the straight leg resting on a low step. 2: hinging forward from the hips with the back straight until a stretch is felt behind the thigh.",
    steps: [
      { pose: standing({ near: { leg: [55, 55], arm: [0, 0] }, far: { leg: [0, 0] }, props: [{ kind: "box", x: 126, width: 40, height: 28 }] }), caption: "Heel on a low step" },
      { pose: standing({ torso: 140, near: { leg: [55, 55], arm: [75, 65] }, far: { leg: [0, 0], arm: [75, 65] }, props: [{ kind: "box", x: 126, width: 40, height: 28 }] }), caption: "Hinge, back straight" },
    ],
  },
  "strap-stretch": {
    alt: "1: lying on your back with a strap looped round the foot of the straight leg. 2: the straight leg is drawn up with the strap until a stretch is felt.",
    steps: [
      { pose: supine({ near: { leg: [130, 130], arm: [140, 140] }, props: [{ kind: "strap", from: "hand", to: "foot" }] }), caption: "Strap round the foot" },
      { pose: supine({ near: { leg: [165, 165], arm: [160, 165] }, props: [{ kind: "strap", from: "hand", to: "foot" }, { kind: "arrow", from: [175, 112], to: [160, 86] }] }), caption: "Draw the straight leg up" },
    ],
  },
  "leg-swings": {
    alt: "1: standing side-on to a wall, one hand on it, the outside leg swung back. 2: the same leg swung forward, relaxed and controlled.",
    steps: [
      { pose: standing({ near: { leg: [-30, -30], arm: [-75, -95] }, far: { leg: [0, 0] }, props: [{ kind: "box", x: 20, width: 10, height: 120 }] }), caption: "Hold a wall, swing back" },
      { pose: standing({ near: { leg: [50, 50], arm: [-75, -95] }, far: { leg: [0, 0] }, props: [{ kind: "box", x: 20, width: 10, height: 120 }, { kind: "arrow", from: [118, 150], to: [150, 128] }] }), caption: "Swing forward, relaxed" },
    ],
  },
  "isometric-hold": {
    alt: "1: lying on your back with the knees bent and feet flat. 2: the heel presses down and back into the floor and holds, without moving.",
    steps: [
      { pose: supine({ near: { leg: [140, 20], arm: FLAT }, far: { leg: [140, 20], arm: FLAT } }), caption: "Knees bent, feet flat" },
      { pose: supine({ near: { leg: [140, 20], arm: FLAT }, far: { leg: [140, 20], arm: FLAT }, props: [{ kind: "arrow", from: [172, 126], to: [160, 146] }] }), caption: "Dig the heel down, hold" },
    ],
  },
  "glute-bridge": {
    alt: "1: lying on your back with the knees bent and feet flat. 2: the hips lift until shoulders, hips and knees are in a line.",
    steps: [
      { pose: supine({ near: { leg: [140, 20], arm: FLAT }, far: { leg: [140, 20], arm: FLAT } }), caption: "Knees bent, feet flat" },
      { pose: supine({ hip: [110, 118], torso: -60, near: { leg: [100, 15], arm: FLAT }, far: { leg: [100, 15], arm: FLAT }, props: [{ kind: "arrow", from: [110, 146], to: [110, 128] }] }), caption: "Lift the hips" },
    ],
  },
  "single-leg-bridge": {
    alt: "1: lying on your back, one knee bent with the foot flat, the other leg straight. 2: the hips lift on the bent leg while the straight leg stays in line.",
    steps: [
      { pose: supine({ near: { leg: [140, 20], arm: FLAT }, far: { leg: FLAT, arm: FLAT } }), caption: "One knee bent, one leg long" },
      { pose: supine({ hip: [110, 118], torso: -60, near: { leg: [100, 15], arm: FLAT }, far: { leg: [110, 110], arm: FLAT }, props: [{ kind: "arrow", from: [110, 146], to: [110, 128] }] }), caption: "Lift the hips on one leg" },
    ],
  },
  "askling-extender": {
    alt: "1: lying on your back holding the thigh upright with both hands, knee bent. 2: the knee kicks straight, quickly but short of pain.",
    steps: [
      { pose: supine({ near: { leg: [180, 90], arm: [125, 100] } }), caption: "Hold the thigh upright" },
      { pose: supine({ near: { leg: [180, 176], arm: [125, 100] }, props: [{ kind: "arrow", from: [160, 104], to: [128, 74] }] }), caption: "Kick the knee straight" },
    ],
  },
  "askling-diver": {
    alt: "1: standing on the injured leg. 2: tipping forward from the hip with the arms reaching ahead and the other leg reaching back, like a dive.",
    steps: [
      { pose: standing({ near: { leg: [0, 0], arm: [0, 0] }, far: { leg: [-15, -25], arm: [0, 0] } }), caption: "Stand on the injured leg" },
      { pose: standing({ torso: 115, head: 110, near: { leg: [10, 0], arm: [110, 112] }, far: { leg: [-65, -65], arm: [110, 112] } }), caption: "Dive forward, leg back" },
    ],
  },
  "askling-glider": {
    alt: "1: a split stance holding a support, weight on the front (injured) leg. 2: the back foot glides away while the front leg takes the load, then pulls back.",
    steps: [
      { pose: standing({ hip: [95, 79], near: { leg: [15, 15], arm: [70, 80] }, far: { leg: [-20, -20] }, props: [{ kind: "box", x: 150, width: 10, height: 90 }] }), caption: "Split stance, hold on" },
      { pose: standing({ hip: [95, 88], near: { leg: [20, 20], arm: [75, 85] }, far: { leg: [-45, -45] }, props: [{ kind: "box", x: 150, width: 10, height: 90 }, { kind: "arrow", from: [55, 146], to: [30, 146] }] }), caption: "Glide the back foot away" },
    ],
  },
  nordic: {
    alt: "1: kneeling upright with the ankles held down by a partner or anchor. 2: the body lowers forward slowly in one straight line from knees to head.",
    steps: [
      { pose: { hip: [80, 108], torso: 180, near: { leg: [0, -90], arm: [15, 15] }, props: [{ kind: "anchor", x: 48, y: 140 }] }, caption: "Kneel, ankles held" },
      { pose: { hip: [109, 121], torso: 130, near: { leg: [-50, -90], arm: [110, 130] }, props: [{ kind: "anchor", x: 48, y: 140 }, { kind: "arrow", from: [150, 50], to: [176, 84] }] }, caption: "Lower slowly, body straight" },
    ],
  },
  rdl: {
    alt: "1: standing tall with soft knees, holding a weight. 2: hinging at the hips with the back flat, hips pushed back, the weight close to the legs.",
    steps: [
      { pose: standing({ near: { leg: [0, 0], arm: [0, 0] } }), caption: "Stand tall, soft knees" },
      { pose: standing({ hip: [80, 80], torso: 100, head: 110, near: { leg: [-8, 6], arm: [0, 0] } }), caption: "Hinge, hips back" },
    ],
  },
  "foam-roll": {
    alt: "1: sitting with a foam roller under the back of the thigh, hands on the floor behind. 2: rolling slowly along the thigh between knee and hip.",
    steps: [
      { pose: { hip: [80, 132], torso: -155, near: { leg: [85, 92], arm: [-25, -20] }, props: [{ kind: "roller", x: 112, y: 141 }] }, caption: "Roller under the thigh" },
      { pose: { hip: [62, 132], torso: -155, near: { leg: [85, 92], arm: [-25, -20] }, props: [{ kind: "roller", x: 112, y: 141 }, { kind: "arrow", from: [90, 118], to: [60, 118] }] }, caption: "Roll slowly, knee to hip" },
    ],
  },
  massage: {
    alt: "1: sitting with the leg relaxed, hands on the back of the thigh. 2: the hands stroke gently along the thigh toward the hip.",
    steps: [
      { pose: seated({ near: { leg: [90, 0], arm: [40, 100] } }), caption: "Sit, leg relaxed" },
      { pose: seated({ near: { leg: [90, 0], arm: [25, 110] }, props: [{ kind: "chair", x: 92, seat: 116 }, { kind: "arrow", from: [132, 124], to: [104, 124] }] }), caption: "Stroke toward the hip" },
    ],
  },
  "press-up": {
    alt: "1: lying face down with the hands under the shoulders. 2: the arms press the chest up while the hips stay on the floor.",
    steps: [
      { pose: { hip: [110, 146], torso: -90, head: -90, faceDown: true, near: { leg: FLAT, arm: [125, -125] } }, caption: "Face down, hands by chest" },
      { pose: { hip: [110, 146], torso: -158, head: -150, faceDown: true, near: { leg: FLAT, arm: [0, 0] } }, caption: "Press up, hips stay down" },
    ],
  },
  "cat-camel": {
    alt: "1: on hands and knees, the back rounded up toward the ceiling. 2: the back lowers gently into a sag, head lifting.",
    steps: [
      { pose: { hip: [130, 108], torso: -100, head: -140, arch: -14, near: { leg: [0, 90], arm: [0, 0] } }, caption: "Round the back up" },
      { pose: { hip: [130, 108], torso: -100, head: -80, arch: 10, near: { leg: [0, 90], arm: [0, 0] } }, caption: "Let it sag gently" },
    ],
  },
  "walk-run": {
    alt: "1: walking at an easy pace. 2: running easily for the prescribed interval, then walking again.",
    steps: [
      { pose: standing({ hip: [95, 78], near: { leg: [20, 5], arm: [-20, -10] }, far: { leg: [-20, -15], arm: [20, 40] } }), caption: "Walk at an easy pace" },
      { pose: standing({ hip: [95, 72], torso: 170, near: { leg: [45, -25], arm: [-35, 60] }, far: { leg: [-30, -95], arm: [35, 120] } }), caption: "Run easy, then walk" },
    ],
  },
};
