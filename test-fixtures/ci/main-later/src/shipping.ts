export function shippingCost(weightKg: number): number {
  return weightKg > 20 ? 0 : 5;
}
