/**
 * A Kubernetes resource.Quantity as a number of base units (`500m` → 0.5, `1Gi` →
 * 1073741824). Returns undefined for something that is not a quantity.
 */
const SUFFIX: Record<string, number> = {
  '': 1,
  m: 1e-3,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
  Ei: 2 ** 60,
};

const PATTERN = /^([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)(m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?$/;

export function parseQuantity(value: string | number): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  const match = PATTERN.exec(value.trim());
  if (!match) return undefined;
  const [, number, suffix = ''] = match;
  if (/[eE]/.test(number!) && suffix !== '') return undefined;
  return Number(number) * SUFFIX[suffix]!;
}
