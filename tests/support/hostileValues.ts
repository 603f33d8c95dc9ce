/** Values an attacker or a careless CMS might put in an embed URL. */
export const hostileValues = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  'rafah<',
  'rafah ',
  ' rafah',
  'RAFAH',
  'rаfah', // Cyrillic а
  'rafah\u200b',
  'ra\u0000fah',
  '../../etc/passwd',
  'x'.repeat(5000),
  '%3Cscript%3E',
  '',
];
