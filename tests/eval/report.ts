/** What each section of `npm run eval` shares: percentages and target checks that collect misses. */
export const pct = (n: number, of: number): string => `${((100 * n) / Math.max(1, of)).toFixed(1)}%`;

export class Report {
  readonly failures: string[] = [];

  check(name: string, value: number, target: number, higherIsBetter: boolean): void {
    const ok = higherIsBetter ? value >= target : value <= target;
    console.log(`  ${ok ? 'ok  ' : 'MISS'} ${name}: ${(value * 100).toFixed(1)}% (target ${higherIsBetter ? '>=' : '<='} ${target * 100}%)`);
    if (!ok) this.failures.push(name);
  }
}
