/*
 * Step-by-step exercise drawings, made for StrideBack: a side-view figure posed by joint angles, two or
 * three numbered panels per exercise. Pure functions returning SVG text, so the same drawing serves the
 * web page (a static file in public/illustrations) and the printed programme (rasterised by sharp).
 *
 * Angles are absolute, in degrees: 0 points down, 90 points forward (to the right), 180 up, -90 back.
 * The figure's near side is drawn dark and its far side light, as a physio's handout would.
 */

export type Limb = readonly [upper: number, lower: number];
export type Prop =
  | { kind: "chair"; x: number; seat: number }
  | { kind: "strap"; from: "hand"; to: "foot" }
  | { kind: "roller"; x: number; y: number }
  | { kind: "box"; x: number; width: number; height: number }
  | { kind: "anchor"; x: number; y: number }
  | { kind: "arrow"; from: readonly [number, number]; to: readonly [number, number] };

export interface Pose {
  hip: readonly [number, number];
  torso: number;
  head?: number;
  near: { leg: Limb; arm: Limb };
  far?: { leg?: Limb; arm?: Limb };
  faceDown?: boolean;
  /** A rounded (negative: arched up) or sagging (positive) back, for spinal movements. */
  arch?: number;
  props?: Prop[];
}

export interface Step {
  pose: Pose;
  caption: string;
}

const PANEL = { width: 200, height: 170, floor: 150 };
const LENGTH = { torso: 50, neck: 8, head: 9, thigh: 38, shin: 36, foot: 11, upperArm: 26, forearm: 24 };

type Point = readonly [number, number];
const toward = ([x, y]: Point, angle: number, length: number): Point => {
  const r = (angle * Math.PI) / 180;
  return [round(x + Math.sin(r) * length), round(y + Math.cos(r) * length)];
};
const round = (n: number) => Math.round(n * 10) / 10;
const line = (a: Point, b: Point, cls: string) => `<line x1="${a[0]}" y1="${a[1]}" x2="${b[0]}" y2="${b[1]}" class="${cls}"/>`;
const path = (points: Point[], cls: string) => `<polyline points="${points.map((p) => p.join(",")).join(" ")}" class="${cls}"/>`;

interface Joints {
  hip: Point;
  neck: Point;
  head: Point;
  shoulder: Point;
  legs: { knee: Point; ankle: Point; toe: Point }[];
  arms: { elbow: Point; hand: Point }[];
}

function joints(pose: Pose): Joints {
  const neck = toward(pose.hip, pose.torso, LENGTH.torso);
  const head = toward(neck, pose.head ?? pose.torso, LENGTH.neck + LENGTH.head);
  const shoulder = toward(pose.hip, pose.torso, LENGTH.torso - 4);
  const leg = ([thigh, shin]: Limb) => {
    const knee = toward(pose.hip, thigh, LENGTH.thigh);
    const ankle = toward(knee, shin, LENGTH.shin);
    // The foot sits square to the shin, toes to the front of the body (to the floor when lying face down).
    return { knee, ankle, toe: toward(ankle, shin + (pose.faceDown ? -90 : 90), LENGTH.foot) };
  };
  const arm = ([upper, fore]: Limb) => {
    const elbow = toward(shoulder, upper, LENGTH.upperArm);
    return { elbow, hand: toward(elbow, fore, LENGTH.forearm) };
  };
  const legs = [leg(pose.near.leg), leg(pose.far?.leg ?? pose.near.leg)];
  const arms = [arm(pose.near.arm), arm(pose.far?.arm ?? pose.near.arm)];
  return { hip: pose.hip, neck, head, shoulder, legs, arms };
}

function prop(p: Prop, j: Joints): string {
  switch (p.kind) {
    case "chair":
      return [
        line([p.x - 22, p.seat], [p.x + 22, p.seat], "prop"),
        line([p.x - 20, p.seat], [p.x - 20, PANEL.floor], "prop"),
        line([p.x + 20, p.seat], [p.x + 20, PANEL.floor], "prop"),
        line([p.x - 22, p.seat], [p.x - 22, p.seat - 40], "prop"),
      ].join("");
    case "strap":
      return line(j.arms[0]!.hand, j.legs[0]!.toe, "strap");
    case "roller":
      return `<circle cx="${p.x}" cy="${p.y}" r="9" class="prop"/>`;
    case "box":
      return `<rect x="${p.x}" y="${PANEL.floor - p.height}" width="${p.width}" height="${p.height}" class="prop"/>`;
    case "anchor":
      return `<rect x="${p.x - 6}" y="${p.y - 4}" width="12" height="8" class="prop"/>`;
    case "arrow":
      return `${line(p.from, p.to, "arrow")}<polygon points="${arrowHead(p.from, p.to)}" class="arrowhead"/>`;
  }
}

function arrowHead(from: Point, to: Point): string {
  const angle = Math.atan2(to[1] - from[1], to[0] - from[0]);
  const a = (d: number): Point => [round(to[0] - 8 * Math.cos(angle + d)), round(to[1] - 8 * Math.sin(angle + d))];
  return [to, a(0.45), a(-0.45)].map((p) => p.join(",")).join(" ");
}

function figure(pose: Pose): string {
  const j = joints(pose);
  const [near, far] = j.legs;
  const [nearArm, farArm] = j.arms;
  return [
    ...(pose.props ?? []).filter((p) => p.kind !== "strap" && p.kind !== "arrow").map((p) => prop(p, j)),
    path([j.hip, far!.knee, far!.ankle, far!.toe], "far"),
    path([j.shoulder, farArm!.elbow, farArm!.hand], "far"),
    pose.arch ? spine(j.hip, j.neck, pose.arch) : line(j.hip, j.neck, "body"),
    `<circle cx="${j.head[0]}" cy="${j.head[1]}" r="${LENGTH.head}" class="head"/>`,
    path([j.hip, near!.knee, near!.ankle, near!.toe], "near"),
    path([j.shoulder, nearArm!.elbow, nearArm!.hand], "near"),
    ...(pose.props ?? []).filter((p) => p.kind === "strap" || p.kind === "arrow").map((p) => prop(p, j)),
  ].join("");
}

function spine(hip: Point, neck: Point, arch: number): string {
  const [dx, dy] = [neck[0] - hip[0], neck[1] - hip[1]];
  const length = Math.hypot(dx, dy);
  const control: Point = [round((hip[0] + neck[0]) / 2 - (dy / length) * arch), round((hip[1] + neck[1]) / 2 + (dx / length) * arch)];
  return `<path d="M${hip.join(",")} Q${control.join(",")} ${neck.join(",")}" class="body"/>`;
}

const STYLE =
  ".near,.body{stroke:#0f3d3e;stroke-width:7;stroke-linecap:round;stroke-linejoin:round;fill:none}" +
  ".far{stroke:#8fb8b6;stroke-width:7;stroke-linecap:round;stroke-linejoin:round;fill:none}" +
  ".head{fill:#0f3d3e}.prop{stroke:#64748b;stroke-width:3;fill:#e2e8f0}.floor{stroke:#94a3b8;stroke-width:2}" +
  ".strap{stroke:#b45309;stroke-width:3}.arrow{stroke:#b45309;stroke-width:2.5}.arrowhead{fill:#b45309}" +
  ".num{font:700 16px system-ui,sans-serif;fill:#0f3d3e}.cap{font:14px system-ui,sans-serif;fill:#1e293b}";

/** The whole drawing: numbered panels side by side, each with its caption; `title` is the accessible name. */
export function drawSteps(title: string, steps: readonly Step[]): string {
  const width = PANEL.width * steps.length;
  const panels = steps.map((step, i) => {
    const x = i * PANEL.width;
    return (
      `<g transform="translate(${x} 0)">` +
      (i > 0 ? `<line x1="0" y1="8" x2="0" y2="${PANEL.height + 24}" stroke="#cbd5e1"/>` : "") +
      `<line x1="6" y1="${PANEL.floor + 3}" x2="${PANEL.width - 6}" y2="${PANEL.floor + 3}" class="floor"/>` +
      figure(step.pose) +
      `<text x="10" y="20" class="num">${i + 1}</text>` +
      `<text x="${PANEL.width / 2}" y="${PANEL.height + 16}" text-anchor="middle" class="cap">${escapeXml(step.caption)}</text>` +
      `</g>`
    );
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${PANEL.height + 24}" width="${width}" height="${PANEL.height + 24}" role="img">` +
    `<title>${escapeXml(title)}</title><style>${STYLE}</style><rect width="100%" height="100%" fill="#fff"/>${panels.join("")}</svg>\n`
  );
}

const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
