import { normalise } from './src/safety/normalise';
import { assessSafety } from './src/safety';
import { EMERGENCY_RULES } from './src/safety/emergencyRules';
import { CRISIS_RULES } from './src/safety/crisisRules';
import { MEDICAL_ADVICE_RULES } from './src/safety/medicalAdviceRules';
const all = [...EMERGENCY_RULES, ...CRISIS_RULES, ...MEDICAL_ADVICE_RULES];
for (const t of process.argv.slice(2)) {
  const n = normalise(t);
  console.log(JSON.stringify(n), '=>', JSON.stringify(assessSafety(t)));
  for (const r of all) r.patterns.forEach((p, i) => { const m = p.exec(n); if (m) console.log('   ', r.id, i, JSON.stringify(m[0])); });
}
