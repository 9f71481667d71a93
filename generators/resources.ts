import fc from 'fast-check';
import type { ResourceRequirements } from '../specs/model/pod-manifest.js';

/**
 * Resources chosen so that every QoS class occurs (R8.1): none (BestEffort), equal cpu and
 * memory limits (Guaranteed, requests defaulted from limits), requests only or below limits
 * (Burstable), and ephemeral-storage only (BestEffort, E20).
 */
export const resources: fc.Arbitrary<ResourceRequirements | undefined> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(undefined) },
  { weight: 2, arbitrary: fc.constant({ limits: { cpu: '500m', memory: '128Mi' } }) },
  { weight: 1, arbitrary: fc.constant({ requests: { cpu: '250m', memory: '64Mi' }, limits: { cpu: '250m', memory: '64Mi' } }) },
  { weight: 2, arbitrary: fc.constant({ requests: { cpu: '100m', memory: '32Mi' } }) },
  { weight: 1, arbitrary: fc.constant({ requests: { cpu: '100m' }, limits: { cpu: '1', memory: '256Mi' } }) },
  { weight: 1, arbitrary: fc.constant({ requests: { 'ephemeral-storage': '1Gi' } }) },
);
