// What the twenty CAMEO root categories stand for, in our own short words,
// and what a Goldstein score means. The event route gives the code; the
// first two digits name its root.

const roots = {
  '01': 'public statement',
  '02': 'appeal or request',
  '03': 'stated intent to cooperate',
  '04': 'consultation or meeting',
  '05': 'diplomatic cooperation',
  '06': 'material cooperation',
  '07': 'giving aid',
  '08': 'yielding or concession',
  '09': 'investigation',
  10: 'demand',
  11: 'disapproval or criticism',
  12: 'rejection',
  13: 'threat',
  14: 'protest',
  15: 'show of military force',
  16: 'cutting back relations',
  17: 'coercion',
  18: 'assault',
  19: 'armed fighting',
  20: 'mass violence',
};

// cameoMeaning names the root category of a CAMEO code ("0231" → appeal or
// request), or '' for a code that is no CAMEO code.
export function cameoMeaning(code) {
  return /^\d{3,4}$/.test(code || '') ? roots[code.slice(0, 2)] || '' : '';
}

// goldsteinWord places a Goldstein score on its scale from −10 (most
// hostile) to +10 (most cooperative).
export function goldsteinWord(g) {
  if (typeof g !== 'number') return '';
  if (g >= 5) return 'strongly cooperative';
  if (g > 0) return 'cooperative';
  if (g === 0) return 'neutral';
  if (g > -5) return 'hostile';
  return 'strongly hostile';
}
