import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger';
import { ask, post, startBot } from '../support/startBot';

describe('logs', () => {
  it('never contain what people typed, even when something fails', async () => {
    const lines: string[] = [];
    const bot = await startBot({}, createLogger((line) => lines.push(line)));
    try {
      const secrets = ['my NHS number is 943 476 5919', 'I am Jane Doe of 12 Acacia Avenue', 'she has crushing chest pain', 'should I stop my tablets'];
      for (const text of secrets) await ask(bot.url, text, { from: { id: 'user-jane-doe', name: 'Jane Doe' } });
      await post(bot.url, '{"broken": ');
      expect(lines.length).toBeGreaterThan(0);
      const all = lines.join('\n');
      for (const fragment of ['943 476 5919', 'Jane', 'Acacia', 'crushing', 'tablets', 'user-jane-doe']) expect(all).not.toContain(fragment);
      for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    } finally {
      await bot.close();
    }
  });
});
