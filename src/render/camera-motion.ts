// Camera moves that respect the person's motion preference: a glide normally, and a jump for
// someone whose system asks for reduced motion.
import type { Camera } from 'sigma';
import type { CameraState } from 'sigma/types';

/** Whether the system asks for reduced motion. */
export function prefersReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/**
 * Moves the camera to `state` over `durationMs`, or at once (in one frame) under reduced motion.
 * sigma's animate divides by the duration (0 would make the first step NaN), and it is also what
 * cancels a glide under way, hence one millisecond rather than setState.
 */
export function moveCamera(
  camera: Camera,
  state: Partial<CameraState>,
  durationMs: number,
): Promise<void> {
  return camera.animate(state, { duration: prefersReducedMotion() ? 1 : durationMs });
}
