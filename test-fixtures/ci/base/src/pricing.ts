/** The total after a percentage discount. */
export function discount(total: number, percent: number): number {
  return total - (total * percent) / 100;
}

export function clampQty(qty: number): number {
  return Math.max(0, Math.floor(qty));
}
