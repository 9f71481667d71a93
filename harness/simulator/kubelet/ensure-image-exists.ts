import type { Container, ImagePullPolicy } from '../../../specs/model/pod-manifest.js';
import type { Coroutine } from '../engine/latch.js';
import type { Kubelet } from './kubelet.js';
import type { CachedReason } from './reason-cache.js';

/** The API server's defaulting: `:latest` or no tag pulls Always, anything else IfNotPresent. */
export function imagePullPolicy(container: Container): ImagePullPolicy {
  if (container.imagePullPolicy) return container.imagePullPolicy;
  const image = container.image;
  if (image.includes('@')) return 'IfNotPresent';
  const lastSegment = image.slice(image.lastIndexOf('/') + 1);
  const colon = lastSegment.lastIndexOf(':');
  const tag = colon >= 0 ? lastSegment.slice(colon + 1) : '';
  return tag === '' || tag === 'latest' ? 'Always' : 'IfNotPresent';
}

/**
 * R4.3, R4.8 — pkg/kubelet/images/image_manager.go `EnsureImageExists`: every image is
 * on the node unless an ImagePullFailure fault holds; a failed pull backs off 10 s,
 * doubling to 300 s, counted from the previous attempt (`IsInBackOffSinceUpdate`).
 * Returns the start error, if any.
 */
export function* ensureImageExists(k: Kubelet, container: Container): Coroutine<CachedReason | undefined> {
  const { scheduler, recorder, options } = k.ctx;
  const image = container.image;
  const unavailable = k.imageUnavailable(container.name);
  const policy = imagePullPolicy(container);
  if (policy === 'Never' || (policy === 'IfNotPresent' && !unavailable)) {
    if (!unavailable) return undefined;
    // The kubelet's Warning event ErrImageNeverPull: a start attempt that failed for want of the image.
    recorder.event({ at: scheduler.now, type: 'ImagePullFailed', container: container.name, image });
    return { reason: 'ErrImageNeverPull', message: `Container image "${image}" is not present with pull policy of Never` };
  }
  const key = `${k.ctx.api.uid}_${image}`;
  if (k.imageBackOff.isInBackOffSinceUpdate(key, scheduler.now)) {
    recorder.event({ at: scheduler.now, type: 'ImagePullBackOff', container: container.name, image });
    return { reason: 'ImagePullBackOff', message: `Back-off pulling image "${image}"` };
  }
  if (options.imagePullTime > 0) yield scheduler.sleep(options.imagePullTime);
  if (k.imageUnavailable(container.name)) {
    recorder.event({ at: scheduler.now, type: 'ImagePullFailed', container: container.name, image });
    k.imageBackOff.next(key, scheduler.now, scheduler.now);
    return { reason: 'ErrImagePull', message: `failed to pull and unpack image "${image}": not found` };
  }
  recorder.event({ at: scheduler.now, type: 'ImagePulled', container: container.name, image });
  return undefined;
}
