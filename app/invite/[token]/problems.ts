/** What a runner reads when their link cannot be used, and what to do about it. */
export const inviteProblem = {
  unknown: "This invite link is not valid. Check you copied the whole link, or ask your physio for a new one.",
  used: "This invite link has already been used. Sign in with your email and password instead.",
  expired: "This invite link has expired (links last 7 days). Ask your physio for a new one.",
  revoked: "This invite link was replaced by a newer one. Use the latest link your physio sent you.",
} as const;
