import { GAP, rx, type SafetyRule } from './rule';
import { MEDICINE, RELATIVE, SEVERE } from './lexicon';

/**
 * Signs that mean "call 999 now", after nhs.uk "When to call 999" and the NHS pages
 * on heart attack, stroke (FAST), sepsis, anaphylaxis, seizures, head injury and
 * meningitis. People describe what they see ("his face has gone droopy") far more
 * often than they name it ("stroke"), so most rules match descriptions.
 *
 * Unless a rule sets anyTime, a match in a clause about the past or a long-standing
 * problem ("he had a stroke last year", "breathless for months") is ignored: those
 * people want a second opinion, not an ambulance.
 */

const POSSESSIVE = '(?:my|his|her|their|your|the|our)';
const BODY_SIDE = '(?:left|right|one)';

export const EMERGENCY_RULES: readonly SafetyRule[] = [
  {
    // Heart attack: pain, pressure, heaviness or tightness in the chest, which may spread.
    id: 'chest-pain',
    patterns: [
      rx`\bchest${GAP(4)}(?:pains?|hurts?|hurting|agony|tight|tightness|tightening|heavy|heaviness|pressure|crushing|crushed|squeez(?:e|ed|es|ing)|burning|aching|aches?|discomfort|exploding|killing (?:me|him|her))\b`,
      rx`\b(?:pains?|tightness|pressure|heaviness|heavy feeling|tight feeling|crushing(?: feeling| sensation)?|squeezing|ache|aching|discomfort|tight band|band|weight|elephant)${GAP(3)}(?:in|on|across|around|round|over|at|through|sitting on) (?:the (?:centre|center|middle|left|right)(?: side)? of )?${POSSESSIVE} chest\b`,
      rx`\b(?:crushing|squeezing|gripping) (?:pain|feeling|sensation)\b`,
      rx`\b(?:clutching|clutched|holding|grabbing|gripping) (?:at )?${POSSESSIVE} chest\b`,
      rx`\b(?:like|as if|as though)${GAP(5)}(?:in|on|across|around|round|over|sitting on|crushing|squeezing|pressing on|tight round|tight around) ${POSSESSIVE} chest\b`,
      rx`\bpain${GAP(4)}(?:left )?arm and (?:my |his |her )?(?:jaw|neck)\b|\bpain${GAP(4)}(?:jaw|neck) and (?:my |his |her )?(?:left )?arm\b`,
    ],
    unless: [
      /\b(?:off|get (?:it|this|that)) (?:my|his|her|your|our) chest\b/,
      /\bchest (?:infection|xray|scan|ct|drain|clinic|physio)\b/,
      /\bwith (?:worry|grief|sadness|stress|anxiety|dread|nerves|emotion|guilt)\b|\bheavy heart\b/,
    ],
  },
  {
    id: 'heart-attack',
    patterns: [
      rx`\b(?:having|is having|having another|think (?:hes|shes|he has|she has|ive|i have|im|its|it was|this is|i might be|he might be|she might be|i am|they are|theyre)(?: just)?(?: had| having)?|might be having|could be having|may be having|might have had|may have had|could have had|just had|sounds like|feels like|looks like|like|maybe|might be|could be|is this|is it|signs of|symptoms of) (?:a |another )?(?:heart attack|cardiac arrest|angina attack)\b`,
      /\bcardiac arrest\b/,
      /\bno pulse\b|\bcant (?:find|feel) (?:a|his|her|their|the) pulse\b/,
      /(?<!(?:almost|nearly) )\bheart (?:has |s )?stopped\b(?! (?:when|for a|as|at|beating for a|dead when))/,
      /\b(?:doing|giving|give|start|started|do|need to do|performing) (?:him |her |them )?cpr\b|\bdefib(?:rillator)?\b/,
    ],
    unless: [/\b(?:what are|how do (?:i|you) know|how to (?:spot|recognise|recognize|tell)|difference between)\b/],
  },
  {
    // Severe difficulty breathing: can't get words out, choking, gasping, turning blue.
    id: 'breathing',
    patterns: [
      rx`\b(?:cant|unable to|struggling to|struggles to|struggle to|fighting to|can barely|can hardly|cant hardly|barely|hardly|not able to|trying to|finding it hard to|finding it difficult to)(?: properly| really)? breathe?\b(?! a word)`,
      rx`\b(?:difficulty|trouble|struggling|struggles|struggle|labou?red|difficult|hard|noisy|rattly|rattling|gurgly|gurgling) (?:with )?(?:his |her |my |their )?breathing\b`,
      /\b(?:gurgling|rattling|choking) (?:noises?|sounds?)\b/,
      rx`\bbreathing (?:is |has got |has gone |has become |seems |sounds |looks |really |very |so |too |quite |getting |gone ){0,4}(?:hard|difficult|laboured|labored|noisy|rattly|rattling|gurgling|shallow|fast|rapid|strange|weird|funny|wrong|bad|raspy|erratic|irregular|slow)\b`,
      rx`\b(?:cant|can barely|can hardly|struggling to|unable to|not able to|trying to) (?:catch|get) ${POSSESSIVE} breath\b`,
      /\b(?:struggling|fighting|gasping|gulping|desperate) for (?:breath|air)\b|\bgasping\b|\bcant get (?:any )?air\b/,
      /\b(?:not|isnt|arent|stopped|no longer|hasnt been|barely|hardly|not really) breathing\b/,
      rx`\bdont think (?:hes|shes|he is|she is|theyre|they are|${RELATIVE}(?: is)?) breathing\b`,
      rx`\b(?:${SEVERE}|too) (?:short of breath|breathless|out of breath)\b`,
      /\b(?:short of breath|breathless|out of breath)\b.{0,40}\b(?:cant (?:talk|speak|get (?:my|his|her|their) words out)|at rest|lips|blue|grey|gray|chest (?:pain|is tight|tightness|hurts)|right now)\b/,
      /\bcant get (?:my|his|her|their|the) words out\b/,
      /\b(?:wheez(?:e|es|y|ing)|breathless|short of breath|out of breath|gasping|puffing|panting)\b.{0,40}\b(?:cant|can barely|can hardly|struggling to|unable to|not able to) (?:talk|speak|get (?:her|his|my|their) words out|finish (?:a |her |his |my )?sentences?|say (?:a|more than))|\b(?:cant|can barely|can hardly|struggling to|unable to) (?:talk|speak)\b.{0,40}\b(?:wheez(?:e|es|y|ing)|breathless|short of breath|out of breath|gasping|breathing)\b/,
      /\b(?:wheezing|wheezy) (?:badly|really badly|so badly|a lot|terribly|loudly)\b|\b(?:bad|severe|terrible|awful) wheez(?:e|ing)\b/,
      /(?<!near )\bchoking\b(?! (?:back|up|hazards?|risk|incidents?|episodes?|fits?|on (?:my|his|her|their) (?:words|tears)))|\bchoked? on (?:something|food|a|his|her|my|their|it)\b(?! words)/,
      /\b(?:bad|severe|serious|major|really bad|massive|huge) asthma attack\b|\binhaler (?:isnt|is not|not|doesnt|wont|hasnt) (?:working|helping|help|work|helped|worked)\b/,
      /\b(?:lips?|face|skin|fingers|fingertips|fingernails|nails|toes|tongue|mouth|hes|shes|he|she|baby|babys|child|theyre|they|im|ive|i)(?: (?:has|have|is|are|just|all|now|really|suddenly|gone|turned|going|turning|looks?|looking|seems?|a bit|very|bit)){1,3} (?:blue|grey|gray|purple|ashen|mottled|blotchy)\b/,
      /\b(?:turning|turned|going|gone|went) (?:blue|purple)\b|\b(?:turning|turned|going|gone|went) (?:a )?(?:funny|strange|weird|odd|horrible|bad|awful|dusky|dark) colou?r\b|\bdusky\b/,
    ],
    unless: [/\bcant breathe a word\b/, /\b(?:hair|beard|sky|car|walls?|eyes are blue|feeling blue|feel blue)\b/],
  },
  {
    // FAST: face drooping.
    id: 'stroke-face',
    patterns: [
      rx`\b(?:face|mouth|smile|lips?|eye|eyelid|cheek)${GAP(4)}(?:droop(?:y|ing|ed|s)?|dropped|dropping|fallen|sagg(?:y|ing|ed)|slipp(?:ed|ing)|lopsided|wonky|twisted|gone to one side|pulled to one side|down on one side|gone funny|gone weird|numb|(?:is |has gone |gone |looks )?down)\b`,
      rx`\b(?:droop(?:y|ing)|lopsided|wonky|fallen|sagging|twisted)${GAP(1)}(?:face|mouth|smile)\b`,
      rx`\b${BODY_SIDE} side of ${POSSESSIVE} (?:face|mouth)\b`,
      rx`\b(?:face|mouth|smile)${GAP(4)}(?:on|down|to) (?:one|the (?:left|right)) side\b|\b(?:face|mouth|smile) (?:is |has gone |looks )?(?:one sided|uneven)\b`,
      /\bcant smile (?:properly|on one side|evenly)\b|\bdribbling\b|\bdrooling\b/,
    ],
    unless: [/\b(?:dentist|dental|anaesthetic|filling|botox|bells palsy)\b/],
  },
  {
    // FAST: arm (or one side) weak, numb or can't be lifted.
    id: 'stroke-arm',
    patterns: [
      rx`\b(?:cant|unable to|struggling to|not able to)(?: even)? (?:lift|raise|move|hold up|hold|feel|use|grip with) (?:up )?(?:both |either |one |his |her |my |their |the )?(?:${BODY_SIDE} )?(?:arms?|hands?|side)\b`,
      rx`\b(?:arms?|hands?|side of (?:his|her|my|their) body|one side)${GAP(3)}(?:weak|numb|dead|limp|floppy|paralysed|paralyzed|useless|hanging|heavy|flopp(?:ing|ed)|gone)\b`,
      rx`\b(?:weakness|numbness|paralysis|tingling|pins and needles)${GAP(3)}${BODY_SIDE} (?:side|arm|hand|leg)\b`,
      rx`\b(?:sudden(?:ly)?|all of a sudden)${GAP(2)}(?:weak|weakness|numb|numbness|paralysed)\b`,
      rx`\b${BODY_SIDE} side of ${POSSESSIVE} body\b`,
      rx`\b(?:(?:left|right) )?(?:arm|hand|leg|side)s? (?:wont|isnt|doesnt|wouldnt|has stopped|stopped) (?:work(?:ing)?|move|moving|do anything|respond(?:ing)?)\b`,
      /\b(?:cant|unable to|struggling to|couldnt) (?:hold|grip|pick up|lift) (?:a |his |her |my |their |the )?(?:cup|mug|pen|fork|spoon|knife|phone|glass|anything|things|drink)\b|\bkeeps? dropping (?:things|everything|his|her|the)\b/,
    ],
    unless: [/\b(?:slept on|sat on|lying on|frozen shoulder|arthritis|carpal tunnel|physio)\b/],
  },
  {
    // FAST: speech slurred, garbled, words coming out wrong, or unable to speak.
    id: 'stroke-speech',
    patterns: [
      /\bslurr(?:ed|ing|y|s)\b/,
      rx`\b(?:speech|words|voice)${GAP(3)}(?:garbled|jumbled|muddled|mumbled|gibberish|nonsense|slow|coming out (?:all )?(?:wrong|jumbled|muddled|funny|strange|weird|garbled|backwards|mixed up|in the wrong order)|(?:all )?(?:wrong|not right|weird|strange|funny|odd|all over the place))\b`,
      /\b(?:talking|speaking|saying) (?:gibberish|jibberish|nonsense|funny|strangely|weirdly|oddly|random words|words that dont make sense)\b/,
      /\b(?:not|isnt|cant|stopped|hasnt been) (?:talking|speaking) (?:properly|right|normally|clearly|straight|sense)\b/,
      /\bcant (?:speak|talk)\b(?! (?:to|with|about|for|it|this|that|through|over|openly|up|freely|english|welsh|polish|urdu|the language|much|a word|in front|right now|at the moment|for long|long|on the phone|now|today|tonight|properly to))/,
      /\b(?:cant|unable to|struggling to) (?:find|get|say) (?:the|his|her|my|their) words\b(?! (?:to|for))/,
      /\b(?:losing|lost|loses|keeps losing|muddling|mixing up) (?:her|his|my|their) words\b|\bwords (?:wont|arent|dont) come(?: out)?\b/,
      rx`\b(?:hes|shes|${RELATIVE}(?: is)?|im|theyre)(?: (?:just|suddenly|really))? (?:not|isnt|stopped) making (?:any )?sense\b(?! to)`,
    ],
    unless: [/\b(?:drunk|racial|slurs?)\b/, /\b(?:doctor|consultant|gp|surgeon|nurse|specialist|letter|leaflet)s?\b.{0,30}\b(?:nonsense|gibberish|weird|strange|wrong|funny|odd)\b/],
  },
  {
    // Sudden confusion (NHS: "cannot be sure of own name or age").
    id: 'sudden-confusion',
    patterns: [
      /\b(?:suddenly|sudden|all of a sudden|out of nowhere|become|becoming|gone|going|getting|really|very|extremely|completely|totally|so)(?: really| very| so| all| a bit| quite)? confus(?:ed|ion)\b(?! (?:about|by|with|as to|over|why|how|what|which|whether|if|when|on|at|regarding|because))/,
      /\b(?:doesnt|dont|cant|didnt) (?:know|recogni[sz]e) (?:who|where) (?:he|she|they|i) (?:is|are|am|was)\b/,
      /\b(?:doesnt|didnt|cant|wont) recogni[sz]e (?:me|us|anyone|her own|his own|her family|his family|their own)\b/,
      /\bcant remember (?:his|her|their|my) (?:own )?(?:name|age)\b/,
      /\bdelirious\b|\bdelirium\b/,
    ],
    unless: [/\b(?:im|i am|i was|were|we are|i get|i feel|i felt|it was|its|this is|that was|theyre|they are) (?:really |very |so |completely |totally |a bit |getting |a little ){0,3}confus/],
  },
  {
    // Sudden loss of sight in one or both eyes is a stroke sign too.
    id: 'stroke-vision',
    patterns: [
      rx`\b(?:sudden(?:ly)?|all of a sudden|out of nowhere|just)${GAP(3)}(?:cant see|lost (?:his|her|my|their|the) (?:sight|vision)|gone blind|blind|double vision|seeing double|vision (?:has )?gone)\b`,
      /\b(?:cant see|lost (?:the |his |her |my )?(?:sight|vision)|gone blind) (?:out of|in|with) (?:one|his|her|my|their|the) (?:eye|left eye|right eye)\b/,
    ],
  },
  {
    id: 'stroke-named',
    patterns: [
      rx`\b(?:having|is having|having another|just had|might have had|may have had|could have had|might be having|could be having|may be having|think (?:hes|shes|he has|she has|ive|i have|im|its|it was|this is|theyre|they have)(?: just)?(?: had| having)?|i think (?:its|it was)|might be|could be|maybe|sounds like|looks like|feels like|showing (?:signs|symptoms) of|signs of a|is this|is it) (?:a |another |a mini |a little )?(?:stroke|stoke|tia|mini stroke)\b`,
    ],
    unless: [/\b(?:what are|how do (?:i|you) know|how to (?:spot|recognise|recognize|tell)|difference between|risk of)\b/],
  },
  {
    // Heavy bleeding: spraying, pouring, enough to make a puddle, or won't stop.
    id: 'heavy-bleeding',
    patterns: [
      rx`\bbleed(?:ing|s)?${GAP(4)}(?:wont|will not|cant|doesnt|isnt|not|hasnt) (?:stop|stopping|stopped|slow|slowing|ease|easing)\b`,
      /\bcant (?:stop|control) (?:the |his |her |my |their |this )?(?:bleeding|blood)\b/,
      rx`\b(?:wont|will not|doesnt|isnt|not|hasnt|cant) (?:stop|stopped|stopping)${GAP(2)}bleed(?:ing)?\b|\b(?:bleed(?:ing)?|blood)${GAP(3)}(?:through|soaked|soaking) (?:the |a |his |her |my )?(?:towels?|bandages?|dressings?|tea towels?|clothes|pads?)\b`,
      /\bbleed(?:ing|s)? (?:really |very |so |quite |extremely |terribly )?(?:heavily|badly|profusely|a lot|loads|everywhere|so much|like mad|non stop|nonstop|out)\b/,
      /\b(?:heavy|heavily|severe|serious|massive|uncontrolled|uncontrollable|lots of|loads of|a lot of|so much|too much|pints of) (?:bleeding|blood)\b(?! (?:tests?|results?|samples?|work|pressure|sugars?|counts?|cells?|thinners?|donors?|donations?|transfusions?|types?|groups?|levels?|clots?|vessels?))/,
      /\bblood(?: is| has been| keeps)? (?:everywhere|pouring|spurting|gushing|pumping|squirting|streaming|soaking|all over (?:the|him|her|me))\b/,
      /\b(?:pouring|gushing|spurting|pumping|squirting|streaming) (?:out )?(?:of )?(?:blood|with blood)\b|\b(?:pool|puddle) of blood\b/,
      /\blosing (?:a lot of |lots of |so much |loads of |too much |pints of )blood\b|\b(?:heavy|severe|major|massive) blood loss\b/,
      /\b(?:vomit(?:ing|ed|s)?|throwing up|threw up|being sick|been sick|sick(?:ing)?|puking) (?:up )?(?:lots of |a lot of |loads of |fresh |bright red |dark |some )?blood\b|\b(?:coughing|coughed|bringing) up (?:lots of|a lot of|loads of|so much|mouthfuls of|cups? of) blood\b/,
    ],
    unless: [/\bperiods?\b(?!.{0,40}\b(?:wont|cant|not) stop)/, /\bbleeding (?:me|us|money|the nhs)\b/],
  },
  {
    // Unconscious, unresponsive, can't be woken.
    id: 'unconscious',
    patterns: [
      /\bunconscious\b(?! (?:bias|mind))|\bunresponsive\b|\bunrousable\b/,
      /\b(?:lost|losing|loses|lose|losing) consciousness\b|\bblacked out and\b/,
      rx`\b(?:cant|cannot|unable to|not able to|couldnt|trying to|tried to) (?:wake|rouse|get) (?:him|her|them|${POSSESSIVE} ${RELATIVE}|${RELATIVE}|the baby)(?: up)?\b`,
      /(?<!\bi (?:just |really )?)\bcant wake up\b/,
      /\b(?:wont|wouldnt|didnt) (?:wake|come round|come to)\b|\b(?:isnt|not|hasnt|havent|wont be|no) (?:waking|woken|coming round|coming to|come round|rousing)\b|\b(?:cant be|cannot be|unable to be|hard to|difficult to|impossible to) (?:wake|woken|rouse|roused)\b/,
      /\b(?:not|isnt|wont|stopped|hasnt been|no longer|doesnt|arent|isnt really) respond(?:ing|ed|s)?\b(?! to (?:my|our|the|his|her|their|emails?|letters?|calls?|messages?|requests?|treatment|chemo|medication|antibiotics|complaints?|questions?|texts?|anything i))|\bnot responsive\b/,
      /\b(?:lying|laying|lay|lies|collapsed|hes|shes|he is|she is|and|theyre|baby is)(?: there| on the floor| still| completely)? (?:not|isnt) moving\b/,
      /\b(?:gone|going|is|s|hes|shes|really|very|all|baby|babys|completely|totally) (?:floppy|limp)\b/,
      /\bknocked (?:out|unconscious)\b(?! (?:by the|when))|\bout cold\b/,
      /\bhypo\b.{0,60}\b(?:passed out|unconscious|fainted|blacked out|collapsed|fitting|not making sense|cant wake)|\b(?:passed out|fainted|blacked out)\b.{0,60}\bhypo\b/,
      /\bslumped (?:over|forward|in (?:his|her|their|a|the) (?:chair|seat|car|bed)|on the (?:floor|ground|toilet|sofa|table))\b/,
      /\b(?:cant|cannot|not|couldnt|unable to) (?:get|getting) (?:a |any )?(?:response|reaction|answer|sense) (?:from|out of) (?:him|her|them)\b|\bno (?:response|reaction) from (?:him|her|them)\b|\bnot reacting (?:to anything|at all|to us|to me)\b/,
      /\b(?:fainted|passed out|blacked out|keeled over)\b.{0,40}\b(?:wont|isnt|not|hasnt|cant|still) (?:wake|waking|come round|coming round|respond|responding|come to|breathing|getting up|get up|conscious|out)\b/,
    ],
    unless: [
      /\b(?:hospital|surgery|practice|receptionists?|secretary|office|pals|clinic|trust|nhs|email|letter|phone|gp|consultant|doctor|specialist|referral|waiting list|queue|list|things|process|nothing|appointment)\b.{0,25}\b(?:not|isnt|wont|stopped|hasnt been|no longer) (?:respond|moving)/,
      /\b(?:wont|isnt|not|hasnt) (?:wake|waking|woken) (?:me|us|you)\b/,
      // Put under for an operation, then asking about it: "I was unconscious during my op".
      /\bunconscious (?:during|throughout|for|through|in|under) (?:the |my |his |her |their |an? )?(?:op|operation|surgery|procedure|anaesthetic|anesthetic|general|theatre)\b|\b(?:under|had|have|having) (?:a )?(?:general )?(?:anaesthetic|anesthetic)\b/,
      // "I just want to go to sleep and not wake up" is a crisis, not an unconscious person.
      /\b(?:want|wanted|wants|wish|wishing|hope|hoping|rather|prefer|pray|praying)\b.{0,40}\bwak(?:e|ing)\b/,
    ],
  },
  {
    id: 'collapsed',
    patterns: [/\bcollaps(?:ed|ing|es)\b/, /\bhad a collapse\b|\bhaving a collapse\b/],
    unless: [
      rx`\b(?:world|deal|plans?|business|marriage|roof|talks|case|company|market|vein|building|house|negotiations|everything|life|tent|bridge|economy|system|arrangement|referral|it all|confidence|mood)${GAP(2)}collaps`,
      /\bcollapsed (?:in|into) (?:tears|laughter|bed|a heap of tears)\b|\bcollapsed on the (?:sofa|couch)\b/,
    ],
  },
  {
    // NHS: a first fit, one lasting over 5 minutes, or not waking after one.
    id: 'seizure',
    patterns: [
      /\b(?:having|is having|s having|hes having|shes having|started having|keeps having|just had|has just had|had (?:his|her|my|their|a) first|first ever|another) (?:a |another |his |her |my |their )?(?:fit|seizure|convulsion|epileptic fit)s?\b(?! (?:about|over|because|when|at|if))/,
      /\b(?:fitting|seizing|convulsing|convulsions?)\b(?! (?:in|into|the|a|an|it|them|for (?:a|an|the|my|his|her|purpose|it|this)|with|together|out|around|room|appointment|my|his|her|this|that|you|to|of|well|up|back))/,
      rx`\b(?:fit|seizure|shaking|jerking)s?${GAP(3)}(?:more than|over|longer than|for|about|at least|nearly)? ?(?:5|five|6|six|7|seven|8|eight|9|nine|10|ten|15|fifteen|20|twenty) (?:minutes|mins)\b`,
      rx`\b(?:first|1st) (?:ever )?(?:fit|seizure)\b|\b(?:fit|seizure|convulsion)s?${GAP(2)}for the (?:first|1st) time\b`,
      /\beyes (?:have |are |keep )?(?:rolled|rolling|rolls) (?:back|up|into)\b/,
      /\b(?:shaking|jerking|twitching|trembling)(?: and| all over and)? (?:jerking|shaking|twitching|uncontrollabl[ey]|violently|all over and)\b/,
    ],
    unless: [/\b(?:thinking about|nervous|anxious|scared|worried|fear|angry|rage|cold|with (?:anger|fear|nerves))\b/],
  },
  {
    // A fit that is still going on. "For ages" here means minutes, so no past-time check.
    id: 'seizure',
    patterns: [
      rx`\b(?:fits?|seizures?|fitting|seizing|convulsing|shaking|jerking)${GAP(4)}(?:wont|isnt|not|hasnt|doesnt) (?:stop|stopping|stopped|ending|ended)\b|\b(?:fitting|seizing|convulsing) for (?:ages|ages now|a while|a long time|over|more than|about|at least|\d+|five|ten)\b`,
    ],
    anyTime: true,
    unless: [/\b(?:last (?:year|month|week|time)|years ago|in (?:19|20)\d\d|used to|as a (?:child|baby)|history of)\b/],
  },
  {
    // Anaphylaxis: sudden swelling of lips, mouth, throat or tongue.
    id: 'anaphylaxis',
    patterns: [
      /\bana(?:ph|f)[aeiy]?l[a-z]*\b/,
      rx`\b(?:lips?|tongue|mouth)${GAP(4)}(?:swell(?:ing|ed|s)?|swollen|puff(?:ing|ed|y)(?: up)?|blow(?:ing|n) up|ballooning|ballooned|tingling and swelling)\b`,
      /\b(?:swollen|swelling|puffy|puffed up) (?:lips?|tongue|mouth)\b/,
      rx`\bthroat${GAP(3)}(?:closing|closed|tightening|swelling up|swelled up|swollen shut|blocking)\b`,
      rx`\b(?:face|eyes?|eyelids?|throat)${GAP(4)}(?:swell(?:ing|ed)?|swollen|puff(?:ing|ed)(?: up)?|blow(?:ing|n) up|ballooning|tight)\b(?=.{0,60}\b(?:wheez|breath|nuts?|peanuts?|sting|stung|allerg|reaction|hives|faint|dizzy|after (?:taking|eating|having|being given|starting)|since (?:taking|eating|starting)|penicillin|antibiotics?|tablets?|injection))`,
      rx`(?:\b(?:nuts?|peanuts?|sting|stung|allerg[a-z]*|reaction|hives)\b.{0,60})\b(?:face|eyes?|eyelids?|throat)${GAP(4)}(?:swell(?:ing|ed)?|swollen|puff(?:ing|ed)(?: up)?|blow(?:ing|n) up|ballooning|tight)\b`,
      /\b(?:severe|bad|serious|major|massive|really bad|nasty|big) allergic reaction\b|\b(?:having|is having|going into|think (?:its|it is|hes having|shes having|im having)) (?:an |a )?allergic reaction\b/,
      /\b(?:used|use|using|given|give|gave|needed|need|needs) (?:his |her |my |their |the |an |a )?epi ?pen\b/,
    ],
    unless: [/\b(?:carries|carry|prescribed|risk of|at risk|allergy clinic|history of)\b/],
  },
  {
    id: 'head-injury',
    patterns: [
      /\b(?:hit|banged|bashed|knocked|smashed|cracked|struck|bumped) (?:his|her|my|their|the back of (?:his|her|my|their)) head\b(?=.{0,80}\b(?:fell|fall|falling|stairs|ladder|car|unconscious|knocked out|bleeding|blood|being sick|been sick|sick|vomit|drowsy|sleepy|confused|fit|seizure|cant remember|not making sense|fluid|badly|hard|concussion|blood thinners|warfarin|wont wake|passed out|blacked out|headache|(?:dont|doesnt|not) know (?:what|where|who)|memory|forgotten))|(?:\b(?:fell|fall|falling|stairs|ladder|badly|hard|blood thinners|warfarin)\b.{0,80})\b(?:hit|banged|bashed|knocked|smashed|cracked|struck|bumped) (?:his|her|my|their|the back of (?:his|her|my|their)) head\b/,
      /\b(?:serious|severe|bad|nasty|major|big|massive) (?:head (?:injury|injuries|wound|trauma|bang|knock)|blow to the head)\b|\bhead injury\b/,
      /\b(?:clear )?fluid (?:coming |leaking |dripping |running )?(?:out of|from) (?:his|her|my|their|the) (?:ears?|nose)\b|\bbleeding from (?:his|her|my|their|the) ears?\b/,
    ],
  },
  {
    // Major trauma from the NHS list: road traffic collision, fall from height, stabbing, shooting.
    id: 'major-trauma',
    patterns: [
      /\b(?:hit|knocked down|knocked over|run over) by (?:a |the )?(?:car|van|lorry|bus|truck|bike|motorbike|train|vehicle|taxi)\b/,
      /\bfell (?:off|from|out of) (?:a |the )?(?:ladder|roof|balcony|window|height|scaffold(?:ing)?|cliff|horse|bridge|loft)\b/,
      /\b(?:been|being|was|got|just been|has been|have been|hes been|shes been|ive been) (?:stabbed|shot|attacked|assaulted|beaten up|raped|glassed)\b/,
      /\b(?:serious|bad|terrible|major|horrific|car|road|motorbike|bike) (?:crash|accident|collision|rta)\b(?=.{0,80}\b(?:trapped|bleeding|unconscious|not moving|cant move|hurt|injured|now|just))/,
      /\belectrocuted\b|\belectric(?:al)? shock\b|\bcarbon monoxide\b/,
      /\b(?:cant|unable to|cannot) (?:feel|move) (?:my|his|her|their) (?:legs|feet|arms|body|neck|lower body|anything below)\b/,
      /\b(?:smoke|flames|fire)\b.{0,60}\b(?:cant get out|trapped|stuck inside|cant breathe|everywhere|filling)\b/,
    ],
  },
  {
    // Drowning, but not the feeling of it: "I feel like I'm drowning" is despair (crisis rules
    // pick it up when it comes with no way out), and nobody types while actually drowning.
    id: 'major-trauma',
    patterns: [
      /\bdrowning\b(?! in (?!(?:the |a )?(?:pool|sea|river|lake|bath|bathtub|canal|pond|reservoir|water)\b))|\bdrown(?:ed)?\b(?=.{0,30}\b(?:pool|sea|river|lake|bath|canal|pond|water)\b)|\bpulled (?:him|her|them) out of the water\b/,
    ],
    unless: [
      /\b(?:im|i am|i was|i feel|i felt|feel(?:s|ing)? like|felt like|like im|like i am|as if|as though|were|we are|were all|im just|im slowly)\b.{0,20}\bdrowning\b/,
      /\bdrowning in (?:paperwork|debt|work|letters|forms|admin|emails|bills|grief|sorrow|sadness|despair|worry|information|appointments|it all|everything|questions|stress|tears)\b/,
    ],
  },
  {
    // NHS: sudden very bad headache, "worst ever"; meningitis: rash that doesn't fade.
    id: 'sudden-severe-headache',
    patterns: [
      /\bworst (?:headache|head pain|pain in (?:my|his|her|their) head)\b/,
      rx`\b(?:sudden|suddenly|thunderclap|explosive|exploding)${GAP(3)}(?:headache|head pain|pain in (?:my|his|her|their|the) head)\b`,
      rx`\b(?:headache|head pain|pain in (?:my|his|her|their|the) head)${GAP(4)}(?:came on|come on|started|hit|began|appeared|struck)${GAP(2)}(?:suddenly|sudden|all of a sudden|out of nowhere|from nowhere|instantly|in seconds|in a second|like)\b`,
      /\bthunderclap\b/,
      /\bworst pain (?:of (?:my|his|her|their) life|(?:ive|hes|shes|she has|he has|i have|theyve) ever (?:had|felt)|ever|imaginable)\b/,
      rx`\b(?:headache|head pain)${GAP(4)}(?:like (?:being|ive been|i was|hes been|shes been|i had been|somebody|someone) (?:hit|struck|kicked|whacked)|like (?:my|his|her) head (?:is|was) (?:going to )?explod(?:e|ing))\b`,
      rx`\b(?:severe|terrible|agonising|agonizing|excruciating|blinding|splitting|unbearable|awful|really bad|very bad|horrendous|horrific|horrible)${GAP(1)}headache\b(?=.{0,60}\b(?:stiff neck|neck is stiff|light hurts|cant look at (?:the )?light|rash|vomit|being sick|confus|drowsy|fit|sudden|suddenly|slurr|weak|numb|fever|temperature|cant see))`,
    ],
  },
  {
    id: 'meningitis-rash',
    patterns: [
      rx`\brash${GAP(5)}(?:doesnt|dont|wont|didnt|not|isnt|hasnt) (?:fade|go away when|disappear when|go when|blanch|change when)`,
      /\b(?:purple|purplish|dark red|pin ?prick|bruise like|bruising|blood spot) (?:rash|spots|blotches|marks)\b|\bnon ?blanching\b|\b(?:glass|tumbler) test\b|\brash\b.{0,60}\b(?:glass|tumbler)\b/,
      /\bstiff neck\b(?=.{0,60}\b(?:rash|headache|fever|temperature|light|vomit|drowsy|confus|sick))|(?:\b(?:rash|headache|fever|temperature)\b.{0,60})\bstiff neck\b/,
      /\b(?:think|could|might|maybe|signs of|symptoms of|worried|has|got|have) (?:it is |its |he has |she has |got )?meningitis\b/,
    ],
  },
  {
    // NHS sepsis signs, and fever during chemotherapy (neutropenic sepsis needs help at once).
    id: 'sepsis',
    patterns: [
      /(?<!(?:had|after|from|of|survived|surviving|towards|toward|risk of|prevent) )\bsepsis\b|\bseptic\b(?! tank)/,
      /\bmottled\b/,
      /\b(?:confus(?:ed|ion)|drowsy|not making sense|delirious)\b.{0,60}\b(?:high temperature|fever|burning up|shivering|temp of|temperature of)\b|\b(?:high temperature|fever|burning up|shivering|temp of|temperature of)\b.{0,60}\b(?:confus(?:ed|ion)|drowsy|not making sense|delirious)\b/,
      /\b(?:pale|grey|gray|clammy|sweaty|cold|blue)(?: and|,) (?:clammy|sweaty|cold|grey|gray|pale|blotchy|mottled)\b/,
      rx`\b(?:havent|hasnt|not|hasnt been able to|hasnt had a|not had a|havent had a) (?:peed|weed|wee|pee|passed (?:any )?urine|urinated|been to the toilet)${GAP(3)}(?:all day|today|for (?:a day|24 hours|\d+ hours|hours|a whole day)|since (?:yesterday|this morning|last night))\b`,
      /\b(?:on|having|started|during|after|since|just had|from|with|doing|getting|receiving|mid) (?:my |his |her |their |the |a |cycle of |round of )?(?:chemo|chemotherapy|immunotherapy)\b.{0,80}\b(?:temperature|temp|fever|feverish|shivering|shivery|shaking|rigors|38|39|40|burning up|hot and cold)\b|\b(?:temperature|temp|fever|feverish|shivering|shivery|rigors|38|39|40|burning up|hot and cold)\b.{0,80}\b(?:on|having|started|during|after|since|just had|from|with|doing|getting|receiving|mid) (?:my |his |her |their |the |a |cycle of |round of )?(?:chemo|chemotherapy|immunotherapy)\b/,
      /\bfeel(?:s|ing)? (?:like|as if|as though) (?:im|i am|hes|shes|he is|she is|they are|theyre|i|he|she) (?:going to|about to) die\b(?! (?:of|inside|waiting|from (?:worry|stress)))|\bfeel(?:s|ing)? (?:like|as if) (?:im|hes|shes) dying\b(?! (?:of|inside))|\bi think (?:im|hes|shes|i am|he is|she is) dying\b(?! (?:of|inside|to))/,
    ],
    unless: [/\b(?:waiting|wait|results|appointment|letter|embarrass|worry|stress)\b.{0,40}\bfeel(?:s|ing)? (?:like|as if)/],
  },
  {
    // Warning signs in pregnancy (pre-eclampsia, bleeding, reduced movements) need help straight away.
    id: 'pregnancy-warning',
    patterns: [
      rx`\b(?:vision|eyesight|sight)${GAP(3)}(?:blurr(?:y|ed)|gone funny|flashing|spots|gone)\b|\b(?:blurr(?:y|ed) vision|flashing lights|seeing (?:spots|stars|flashes))\b`,
      /\b(?:severe|terrible|awful|really bad|bad|blinding|splitting|agonising|agonizing) (?:headache|head pain)\b/,
      /\bbleed(?:ing|s)?\b/,
      /\bbaby (?:isnt|is not|hasnt|has not|not|stopped|has stopped) (?:moving|kicking)\b|\b(?:reduced|fewer|no|less) (?:movements|kicks)\b|\bwaters (?:have )?(?:broken|gone)\b/,
      /\b(?:severe|terrible|really bad|awful|agonising|agonizing) (?:pain|stomach pain|tummy pain|cramps?)\b/,
    ],
    requires: [/\b(?:pregnan(?:t|cy)|\d+ (?:weeks|months) (?:pregnant|gone)|expecting (?:a baby|twins)|my bump)\b/],
  },
  {
    // Overdose or poisoning that has already happened. Thinking about it is a crisis (crisisRules.ts).
    id: 'overdose-taken',
    patterns: [
      /\b(?:taken|took|had|swallowed|done|necked|downed) (?:an |a )?(?:overdose|od|massive overdose)\b/,
      /\boverdosed\b|\bodd?ed\b/,
      rx`\b(?:taken|took|swallowed|necked|downed|eaten|ate|drank|drunk|overdosed on|gulped)(?: [a-z0-9]+){0,2} (?:all|whole|every|entire|rest|lot|loads|lots|load|handful|handfuls|bunch|stack|too many|too much|way too many|way too much|double|triple|bottle|bottles|box|boxes|packet|packets|pack|packs|strip|strips|tub|jar|stash|stockpile|several|dozens|dozen|\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred)(?: [a-z0-9]+){0,6} (?=${MEDICINE}\b)`,
      rx`\b(?:taken|took|swallowed|had|drank|drunk|eaten|ate)${GAP(2)}(?=${MEDICINE}${GAP(3)}(?:too many|too much|all of them|the lot|the whole (?:packet|box|bottle|lot)|at once)\b)`,
      // A child getting into medicines is an emergency whatever the amount.
      rx`\b(?:child|toddler|baby|little (?:boy|girl|one)|kid|son|daughter|grandson|granddaughter)\b(?: [a-z0-9]+){0,6} (?:has )?(?:swallowed|got into|eaten|ate|drunk|drank|chewed)(?: some| a few| one| two| three| a couple| a bunch| a load| loads| lots)?(?: of)?${GAP(3)}(?=${MEDICINE}\b)(?!.{0,40}\b(?:fine|ok|okay|easily|no problem|as prescribed|as usual)\b)`,
      rx`\bswallowed (?:some|a few|one|two|three|a couple|a bunch|a load|loads|lots)(?: of)?${GAP(3)}(?=${MEDICINE}\b)(?=.{0,80}\b(?:not sure how many|dont know how many|no idea how many)\b)`,
      /\b(?:not sure|dont know|no idea|cant tell) how many (?:(?:tablets|pills) )?(?:he|she|they|hes|shes|theyve|my [a-z]+) (?:took|has taken|have taken|swallowed|had|ate|has had|actually took)\b/,
      /\b(?:drank|drunk|swallowed|ate|eaten|has had|had|taken|took|necked|drinking|swallowing)(?: [a-z]+){0,3} (?:bleach|antifreeze|weedkiller|weed killer|poison|rat poison|batter(?:y|ies)|button batter(?:y|ies)|cleaning (?:fluid|product|liquid|stuff)|dishwasher tablets?|washing (?:capsules?|pods?|tablets?|liquid)|detergent|white spirit|paraffin|methanol|screenwash|lighter fluid)\b/,
      /\b(?:been |being |was |got |has been |have been )?poisoned\b/,
    ],
    unless: [
      // Bringing medicines to an appointment, taking them as usual, or a long course that isn't helping.
      /\b(?:took|taken|take|brought|bring)\b.{0,60}\b(?:with (?:me|us|him|her|them)|to (?:the|my|his|her|our|an|this) (?:appointment|doctor|gp|hospital|pharmacy|pharmacist|clinic|consultant|consultation|review|surgery|meeting)|along|to show)\b/,
      /\b(?:as (?:usual|normal|prescribed|directed|instructed|always)|like (?:normal|usual|i always do)|every (?:day|morning|night)|this morning as)\b/,
      /\b(?:dont|doesnt|didnt|not|never) (?:help|helping|helped|work|working|worked)\b|\bnothing (?:works|helps|worked|helped)\b|\bover (?:the years|time)\b/,
    ],
  },
  {
    // NHS lists a suicide attempt by self-harm as a 999 call. Intent without an act is a crisis.
    id: 'suicide-attempt',
    patterns: [
      /(?<!\b(?:to|will|might|could|would|going to|want to|wanted to|gonna|wanna|should|not|never|dont|didnt|urge to|thinking of|thinking about) )\b(?:just |have |ive |hes |shes |has |they have |theyve )?(?:cut|slit|slashed|slashing|slitting) (?:my|his|her|their) (?:wrists?|throat|arms? open)\b/,
      /\b(?:found (?:him|her|them|my \w+) hanging|(?:tried|trying|attempted) to hang (?:himself|herself|myself|themselves)|hanged (?:himself|herself|themselves|myself)|jumped (?:off|from|in front of)|(?:tried|trying|attempted) to (?:kill|drown|poison|suffocate|strangle) (?:himself|herself|myself|themselves))\b/,
      /\b(?:im|i am|hes|shes|theyre|standing|sitting|stood) on (?:the|a) (?:bridge|roof|ledge|edge of|railway|train tracks?|cliff)\b/,
      /\b(?:suicide attempt|attempted suicide|tried to end (?:it|my life|his life|her life|their life))\b/,
    ],
  },
  {
    id: 'severe-burn',
    patterns: [
      /\b(?:badly|severely|seriously|really badly|very badly|horribly) (?:burn(?:ed|t|s)?|scald(?:ed|s)?)\b/,
      /\b(?:severe|serious|bad|large|big|deep|major|nasty|third degree|chemical|electrical|full thickness) (?:burns?|scalds?)\b/,
      /\bburns? (?:all )?over (?:his|her|my|their) (?:body|face|chest|back|arms?|legs?|hands?)\b/,
      /\b(?:clothes|hair|he|she|i|they|hes|shes|im|theyre|house|flat|home|kitchen|room|car)(?: (?:has|have|is|are|just))? (?:caught|on) fire\b|\b(?:theres |there is )?a fire in (?:my|the|our|his|her)\b|\bhouse is burning\b/,
    ],
    unless: [/\bburnt? out\b|\bburning out\b/],
  },
  {
    // Scalds and burns described by what happened or what the skin is doing.
    id: 'severe-burn',
    patterns: [
      /\b(?:poured|pouring|spilt|spilled|spilling|tipped|tipping|knocked|pulled|splashed|splashing|dropped|threw|thrown|chucked|upended)(?: [a-z]+){0,4} (?:boiling|scalding|hot) (?:water(?! bottle)|oil|fat|tea|coffee|soup|milk|liquid|wax|tar|kettle|pan|bath)\b/,
      /\b(?:boiling|scalding|hot) (?:water(?! bottle)|oil|fat|tea|coffee|soup|milk|liquid|wax|tar)(?: [a-z]+){0,3} (?:splashed|spilled|spilt|poured|went|tipped|all over|over (?:him|her|me|them|his|her|my|their|himself|herself|myself)|on (?:him|her|me|them|his|her|my|their|himself|herself|myself))\b/,
      /\bscald(?:ed|ing)?(?! (?:my|his|her|their) (?:tongue|mouth|lips?|fingers?|fingertips?|thumb))(?: [a-z]+){0,4} (?:with|by|from|in) (?:boiling|scalding|hot|the kettle|a kettle|the bath)\b/,
      /\b(?:burn(?:t|ed|s)?|scald(?:ed|s)?|boiling|scalding|hot (?:oil|fat|water|wax)|fire|flames|acid|chemicals?|bleach)\b.{0,60}\b(?:skin(?: [a-z0-9]+){0,3} (?:peel(?:ing|ed)?|(?:coming|come|came|falling|fell|hanging|sloughing) (?:off|away)|bubbling|melting|charred|gone (?:white|black|leathery))|blister(?:ing|ed|s)?|bubbling up)\b|\b(?:skin(?: [a-z0-9]+){0,3} (?:peel(?:ing|ed)?|(?:coming|come|came|falling|fell|hanging|sloughing) (?:off|away)|bubbling|melting|charred|gone (?:white|black|leathery))|blister(?:ing|ed)?)\b.{0,60}\b(?:burn(?:t|ed|s)?|scald(?:ed|s)?|boiling|scalding|hot (?:oil|fat|water|wax)|fire|flames|acid|chemicals?|bleach)\b/,
    ],
    unless: [/\b(?:radiotherapy|radiation|sunburn|sunburnt|sun|cream|shoes?|rubbing|heel|chemo|chemotherapy|cold sores?|eczema|rash|friction|nettles?)\b/],
  },
  {
    // Someone in immediate danger, including from another person.
    id: 'immediate-danger',
    patterns: [
      /\b(?:threaten(?:ing|ed|s)?|trying|tried|coming) to (?:kill|hurt|stab|attack|strangle|shoot|beat|hit|choke) (?:me|us|my|her|him|them|the (?:kids|children|baby))\b/,
      /\b(?:has|got|holding|pointing|waving|brandishing) (?:a |his |her |their )?(?:knife|gun|weapon|machete|axe|blade)\b(?! (?:crime|wound))/,
      /\b(?:threaten(?:ing|ed|s)?|attack(?:ing|ed)?|coming at|going for|chasing) (?:me|us|him|her|them|my [a-z]+|the [a-z]+) with (?:a |his |her |their )?(?:knife|gun|weapon|machete|axe|blade|bat|hammer|bottle)\b/,
      /\b(?:someone|somebody|a man|a woman|a guy|people|he|she|they|hes|shes|theyre) (?:is |are )?(?:here |outside |in the house )?with (?:a |his |her |their )?(?:knife|gun|weapon|machete|axe)\b/,
      /\b(?:im|i am|were|we are|shes|hes|theyre|kids are|children are|baby is|my \w+ is)(?: not)? (?:in (?:immediate |serious |real )?danger\b(?! of)|not safe (?:at home|here|right now|now)|unsafe (?:at home|here|right now))/,
      /\b(?:someone|somebody|a man|a woman|he|she|they|people)(?: is| are| s)? (?:breaking in|trying to (?:break|get) in|breaking into)\b/,
      /\b(?:trapped|stuck) (?:in|inside|under) (?:the|a|my|our|his|her) (?:car|house|flat|building|fire|lift|rubble|wreckage|water)\b|\bim trapped\b/,
    ],
  },
  {
    // Asking whether to ring 999 is itself a sign the answer may be yes.
    id: 'asks-about-999',
    patterns: [
      /\b(?:should|do|shall|can|must|would) (?:i|we|you)(?: need to)? (?:call|ring|phone|dial|get|be calling|be ringing) (?:an |for an |for |the )?(?:ambulance|999|paramedics|112|911)\b/,
      /\b(?:call|ring|phone|dial|send|get|need|needs) (?:me |us |him |her )?(?:an |for an )?(?:ambulance|999|paramedics)\b/,
      /\bwaiting for (?:an|the) ambulance\b|\bambulance is (?:on its way|coming)\b/,
    ],
    unless: [
      /\b(?:had to|didnt|did not|if i|if we|if you|when i|when we)\b.{0,20}\b(?:call|ring|phone|dial)\b/,
      // A plan for later ("if it happens again I'll call 999") is not an emergency now.
      /\bif\b.{0,80}\b(?:i|we|ill|well|im going to|i will|we will|i would|we would|i might) (?:will |would |just |definitely )?(?:call|ring|phone|dial)\b/,
      /\b(?:told|said|advised|says) (?:me |us |him |her |them )?to (?:call|ring|phone|dial)\b.{0,60}\bif\b/,
    ],
  },
];
