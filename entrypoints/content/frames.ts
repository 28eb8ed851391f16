/** Whether this frame is the top one or shares its origin (reading the top's location throws otherwise). */
export function sameOriginAsTop(): boolean {
  try {
    return window === window.top || window.top!.location.origin === location.origin;
  } catch {
    return false;
  }
}
