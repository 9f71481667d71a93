/** R8.1 */
export const QOS_CLASSES = ['Guaranteed', 'Burstable', 'BestEffort'] as const;
export type QOSClass = (typeof QOS_CLASSES)[number];
