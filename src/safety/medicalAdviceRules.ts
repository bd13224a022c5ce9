import { GAP, rx, src, type SafetyRule } from './rule';
import { CLINICAL_THING, CONDITION, MEDICINE, PROCESS, RELATIVE, RESULT, SYMPTOM, TREATMENT } from './lexicon';

/**
 * Questions that ask the bot for a clinical judgement about a particular person:
 * choose or judge a treatment, diagnose, interpret results, advise on medicines or
 * doses, or give a prognosis. The bot answers questions about getting a second
 * opinion, so most rules step aside when the sentence is really about that process
 * ("can a second opinion confirm whether it's cancer", "should I get another
 * opinion on my chemo"). Dose questions do not step aside: "can I stop my tablets
 * before the second opinion" still needs a clinician.
 */

// Who the judgement is for. "my doctor" is left out so "will my doctor be ok with it" is not prognosis.
const SUBJECT = src`(?:i|he|she|we|they|you|my (?!doctor|gp|consultant|surgeon|nurse|specialist|team|hospital)[a-z]+|his [a-z]+|her [a-z]+|${RELATIVE})`;
// A decision being asked about: "should I ...", or embedded, "if I should ...", "whether to ...".
const ASKS_WHETHER = src`(?:should|shall|must|would|could|do|ought) ${SUBJECT}(?: really| still| just| definitely| actually)?(?: to)?`;
const EMBEDDED_WHETHER = src`(?:if|whether) (?:${SUBJECT} (?:should|could|can|need to|ought to|must|would be better to)(?: really| still| just)?|to)`;
// Embedded forms only ask for advice when someone is asking or deciding, not in a description
// ("one of the hardest decisions is whether to continue treatment").
const DELIBERATING =
  /\b(?:not sure|unsure|wondering|wonder|deciding|decide|dont know|cant decide|torn|tell me|advise|help me|any idea|thinking about|considering|in two minds)\b/;
const TREATMENT_VERBS =
  '(?:have|get|take|start|stop|go ahead with|go for|opt for|accept|refuse|decline|turn down|agree to|say yes to|say no to|choose|pick|try|continue(?: with)?|keep taking|carry on with|come off|skip|undergo|risk|consider|bother with|go through with|be on|go on|stay on|switch to|change to|push for|ask for|insist on|avoid|delay|put off)';
const HAS_SYMPTOM = rx`\b(?=${SYMPTOM}\b)`;
const HAS_RESULT = rx`\b(?=${RESULT}\b)`;
const HAS_MEDICINE = rx`\b(?=${MEDICINE}\b)`;
const HAS_TREATMENT = rx`\b(?=${TREATMENT}\b)`;
// "Explain my results" only asks for interpretation when it is addressed to the bot.
const ASKS_THE_BOT = /\b(?:you|u)\b|^(?:please )?(?:explain|interpret|tell me|read|look at|check)\b/;
// Results or medicines being passed on, listed or brought along are process questions.
const PASSED_ON = /\b(?:sent|send|sending|passed|forwarded|shared|transferred|copy|copies) (?:to|on|over)\b/;
const BRINGING_ALONG =
  /\b(?:take|bring|taking|bringing|carry|show)\b.{0,40}\b(?:to|into|along to|with (?:me|us|him|her) to) (?:the|my|his|her|our|an|this|that) (?:appointment|consultation|clinic|meeting|review|hospital|new doctor)\b|\b(?:medication|medicines?|drugs?|meds|tablets?|pills?|prescription) (?:list|records?|details|history|names?|boxes)\b/;
// A question that judges something: "is that normal", "should I be worried".
const JUDGEMENT =
  /\b(?:is (?:it|this|that|my [a-z]+|his [a-z]+|her [a-z]+|the [a-z]+) (?:normal|serious|bad|worrying|concerning|dangerous|something to worry about|ok|okay|a bad sign|a good sign|cancer|anything to worry about|fine|common|expected)|should (?:i|we|he|she) (?:be )?(?:worried|concerned|worry)|do (?:i|we|you think i) need to (?:worry|be worried|see (?:a|my|the) (?:doctor|gp))|(?:are|is|were|was) (?:these|those|this|that|my|his|her|the|it|their) (?:[a-z]+ ){0,2}(?:normal|serious|worrying|dangerous|bad|ok|okay|something to worry about|a concern|concerning)|(?:normal|common|usual|expected) to (?:have|get|feel|be|still)|(?:could|might|can) (?:it|this|that|these) be (?:serious|dangerous|bad))\b/;

// The structural rule below: a question ...
const IS_QUESTION =
  /\?|\bif\b.{1,60}\b(?:will|would|could|can|does|do|is|are) (?:i|he|she|it|they|we|the [a-z]+|my [a-z]+|his [a-z]+|her [a-z]+|that|this)\b|(?:^|[,;:] )(?:(?:so|and|but|also|ok|okay|hi|hello|please|sorry|um|erm|just|quick question)[ ,.!]{1,3}){0,3}(?:is|are|am|was|were|will|would|could|can|should|shall|do|does|did|has|have|how|what|whats|which|why|where|who|whos|isnt|arent|wont|wouldnt|shouldnt)\b|\b(?:(?:can|could|would|will|please) (?:you )?tell me|tell me (?:if|whether|what|why|how)|wondering|wonder (?:if|whether)|any idea|do you know|i (?:want|need) to know|can you say)\b/;
const IS_QUESTION_OR_DELIBERATING = new RegExp(`${IS_QUESTION.source}|${DELIBERATING.source}`);
// "I'm not sure I trust him" is not a request; "help me decide between chemo and surgery" is.
const IS_QUESTION_OR_DECIDING = new RegExp(
  `${IS_QUESTION.source}|\\b(?:help me (?:decide|choose)|cant decide|deciding (?:between|whether)|choose between|torn between|in two minds)\\b`,
);
// ... about something specifically clinical ...
const MENTIONS_CLINICAL = rx`\b(?=${CLINICAL_THING}\b)`;
// ... that needs a clinical judgement to answer.
const JUDGEMENT_WORD =
  /\b(?:better|best|worse|worst|worth|safe|safer|unsafe|dangerous|risky|risks?|too (?:old|young|late|early|weak|frail|ill|much|little)|enough|normal|serious|mean|means|meaning|chances?|odds|likely|likelihood|come back|coming back|comes back|returned|returning|spread|spreading|curable|cure|cured|work|works|working|survive|survival|prognosis|need|needs|necessary|recommend|advise|advisable|right for|ok for|okay for|suitable|effective|side effects?|lose (?:my|his|her|their) hair|affect|causing|caused|cause of|from the|because of|due to|related to|sign of|symptom of|(?:could|might|can|would) (?:it|this|that|these|they) be|sounds? like|looks? like|grow back|go away|heal|recover|permanent|big|large|small|size|high|low|bad|wise|sensible|stop|stopping|interact|together|should (?:i|he|she|we|they|my [a-z]+)|thoughts on|cruel|kinder|fair on|put (?:him|her|them|me|us) through|your (?:view|opinion|thoughts)|what do you (?:think|reckon)|(?:who|which)(?: one)? is right|whos right|decide|deciding|choose|choosing|between)\b/;
// Feelings about it all are for support, not a clinician; "should I be worried" still asks for a judgement.
const FEELINGS =
  /(?<!should (?:i|we|he|she|they) )\b(?:feel|feeling|felt|be|get|getting) (?:nervous|anxious|worried|scared|upset|guilty|awkward|embarrassed|emotional|frightened|overwhelmed)\b/;
// Waiting, paperwork and who to talk to are for the process answers.
const ADMIN =
  /\b(?:wait|waiting|waited|delay|delayed|delays|appointments?|letters?|booked|booking|cancel|cancelled|pay|paying|cost|costs|private|privately|insurance|travel|records|notes|complain|complaint|pals|offended|upset (?:my|the)|rude|listen|listening)\b|\bwho (?:do|should|can|could) (?:i|we) (?:talk|speak|go|turn|ask|contact|complain|see)\b|\bwho to (?:talk|speak|ask|contact|see)\b/;

// Whether to ask the team something is a question about talking to the team, which the
// leaflet answers: "should I ask about alternatives", "can I ask about other options".
const ASK_THE_TEAM =
  /\b(?:should|can|could|shall|do|would) (?:i|we|he|she|they)(?: still| just| also)? (?:ask|mention|raise|query|question|bring (?:it|this|that) up|bring up|talk to (?:them|the team|my|his|her)|speak to (?:them|the team|my|his|her)|tell (?:them|the team|my|his|her))\b(?! you\b)/;
// Getting ready for an appointment: "is it worth jotting down my symptoms first".
const PREPARING =
  /\b(?:jot(?:ting)?|writ(?:e|ing)|note|noting|list(?:ing)?|make a list of|making a list of|keep(?:ing)? a (?:diary|note|record) of|prepar(?:e|ing))(?: down)?\b.{0,40}\b(?:questions?|symptoms|notes?|worries|concerns)\b/;
// Why the team chose something is for the team to explain: "why did they choose this treatment for me".
const THEIR_REASONS =
  /\bwhy (?:did|have|has|would|do|does|are|is|was|were) (?:they|the (?:doctors?|team|consultant|surgeon|hospital|specialist|oncologist)|my (?:doctors?|consultant|surgeon|team|gp|specialist|oncologist)|he|she)(?: [a-z]+)? (?:choose|chose|chosen|choosing|pick|picked|picking|decide|decided|deciding|recommend|recommended|go for|gone for|going for|suggest|suggested|suggesting|want|offer|offered|offering|put (?:me|him|her) (?:on|down for))\b/;
// How people in general weigh options: "how do I choose between two treatments" (leaflet: different opinions).
const HOW_TO_DECIDE =
  /\bhow (?:do|can|should|would|does|will) (?:i|we|you|people|anyone|one|someone) (?:choose|decide|pick|make (?:a|the|my|our) (?:choice|decision))(?: between)?(?: the| two| 2| different| my| these| those| both)? (?:treatments|options|opinions|doctors|plans|choices|them|things|what to do|which (?:one|opinion|doctor) to)\b/;
// Facing it all again is about feelings: "what if going through my diagnosis all over again is too much".
const GOING_OVER_IT = /\b(?:go|going|went|gone) (?:through|over) (?:it|(?:my|his|her|their|the) (?:diagnosis|story|history|case|notes)|everything)(?: all)? (?:over )?again\b/;
// Keeping, moving or cancelling booked tests is answered by the leaflet: try not to cancel them.
const BOOKED_TESTS =
  /\bshould (?:i|we|he|she) (?:still )?(?:carry on with|keep|cancel|hold off on|hold off|skip|miss|go to|attend|postpone|put off|delay|go ahead with|turn up (?:to|for)|go for)(?: [a-z0-9]+){0,2} (?:scans?|tests?|blood tests?|bloods|appointments?|xrays?|mri|ct|ultrasound|mammogram|screening)\b/;
// A statement of doubt ("she isn't convinced the chemo is the best option for her") is not a question.
const DOUBT_STATEMENT =
  /\b(?:isnt|arent|wasnt|not|im not|hes not|shes not|never) (?:convinced|sure|certain|happy|comfortable)\b(?!.{0,80}\?)/;

export const MEDICAL_ADVICE_RULES: readonly SafetyRule[] = [
  {
    id: 'treatment-choice',
    patterns: [
      rx`\b${ASKS_WHETHER} ${TREATMENT_VERBS}${GAP(3)}(?=${TREATMENT}\b)`,
      rx`\b(?:is|are|would|will|isnt) (?:the |this |that |my |his |her |a |an |their )?(?:[a-z]+ )?(?=${TREATMENT} (?:really |actually |definitely |even |still |honestly )?(?:worth|necessary|needed|essential|a good idea|a bad idea|the right|right for|the best|best|better|safe|too risky|risky|dangerous|going to (?:work|help|cure)|likely to (?:work|help|cure)|effective|the answer|a mistake|pointless|overkill|over the top|too much|too aggressive|work|help|cure|fix|successful|(?:my|his|her|our|their|the) (?:best|only|right|safest) (?:option|choice|bet|chance|hope))\b)`,
      rx`\b(?:is it|its|would it be|will it be) (?:better|best|worth|wise|sensible|a good idea|right|safer|safe|too late|too early|smart|the right (?:thing|choice|decision)) (?:for (?:me|him|her|us|them|my [a-z]+|${RELATIVE}) )?(?:to )?(?:have|having|get|getting|take|taking|start|starting|stop|stopping|go ahead|going ahead|try|trying|go for|going for|refuse|refusing|do|doing|choose|choosing|accept|accepting)${GAP(3)}(?=${TREATMENT}\b)`,
      rx`\b(?:is it|its) too late (?:for (?:me|him|her|them|my [a-z]+|${RELATIVE}) )?to (?:have|get|start|try|do)\b`,
      rx`\b(?:which|what) (?:[a-z]+ )?(?:treatment|option|drug|medication|medicine|operation|surgery|therapy|procedure|chemo|approach|choice|pill|tablet)s?${GAP(3)}(?:is|are|would be|will be|should (?:i|he|she|we)|do you think is|would you say is) (?:the )?(?:best|better|right|safest|most effective|recommended|worse|worst)\b`,
      rx`\b(?:whats|what is|which is) the best treatment for\b`,
      rx`\b(?:do|would|can|could|will) you (?:recommend|advise|suggest|think|reckon|say)${GAP(4)}(?=${TREATMENT}\b)`,
      rx`\bwould you (?:have|take|go for|do|choose|get|accept|refuse|risk|try)${GAP(3)}(?=${TREATMENT}\b)|\bif you were (?:me|him|her|in my (?:shoes|position|place))\b`,
      rx`\b(?:do|does|did) (?:i|he|she|we|they|my [a-z]+|${RELATIVE}) (?:really |actually |definitely |even |still )?need (?:a |an |the |any |more |to have (?:a |an |the )?|to (?:take|start|have|go on|stay on|keep taking) )?(?=${TREATMENT}\b)`,
      /\bis (?:my|his|her|the|our|their) (?:doctor|gp|consultant|surgeon|oncologist|specialist|cardiologist|team|nurse|neurologist)s? (?:right|wrong|correct|mistaken)\b/,
      // "is watch and wait ok for me", "is active monitoring suitable for my dad"
      rx`\b(?:is|are|would|will|isnt) (?:the |this |that |my |his |her |a |an |their )?(?:[a-z]+ )?(?=${TREATMENT} (?:really |actually |definitely |even |still |honestly )?(?:ok|okay|alright|all right|fine|suitable|appropriate|sensible|enough|the right (?:approach|way|thing|plan|path|route)) (?:for|in) (?:me|him|her|us|them|my|his|her|their|${RELATIVE})\b)`,
    ],
    unless: [...PROCESS, HOW_TO_DECIDE],
  },
  {
    // "the best option for her" judges a treatment only when it is asked, not in a statement of doubt.
    id: 'treatment-choice',
    patterns: [
      rx`\b(?:best|right|better|safest|most effective|recommended) (?:treatment|option|drug|medication|therapy|operation|surgery|choice|course of action|plan|approach)${GAP(2)}(?:for (?:me|him|her|us|them|my|his|her|their|mum|dad)|in my case|in his case|in her case)\b`,
    ],
    requires: [IS_QUESTION_OR_DELIBERATING],
    unless: [...PROCESS, DOUBT_STATEMENT],
  },
  {
    id: 'treatment-choice',
    patterns: [rx`\b${EMBEDDED_WHETHER} ${TREATMENT_VERBS}${GAP(3)}(?=${TREATMENT}\b)`],
    requires: [IS_QUESTION_OR_DELIBERATING],
    unless: PROCESS,
  },
  {
    id: 'treatment-choice',
    patterns: [/\bwhat would you (?:do|choose|pick|recommend|advise|suggest|go for|have)\b/],
    requires: [HAS_TREATMENT],
    unless: PROCESS,
  },
  {
    id: 'diagnosis',
    patterns: [
      rx`\b(?:is|are|could|might|would|can|will|does|do|isnt) (?:this|that|it|my|his|her|the|these|those|a|an|their|mums?|dads?)(?: [a-z0-9]+){0,5} (?:be |turn out to be |mean (?:i have |its |hes got |shes got |i(?:ve)? got )?|be a sign of |a sign of |a symptom of |sign of |symptom of |likely to be |definitely |probably |possibly |look like |sound like |be linked to |related to )?(?=${CONDITION}(?= *(?:[?.!,;]|$|or\b|do you\b|in your\b|at all\b|then\b|though\b|to you\b)))`,
      rx`\b(?:do|could|might|would|have|has|did) (?:i|you think i|you think ive|ive|he|she|they|we|${SUBJECT}|you think (?:he|she|my [a-z]+))(?: (?:have|has|got|have got|had|get|be getting|be)){1,3} (?:got )?(?=${CONDITION}\b)`,
      rx`\b(?:whats|what is|what could be|what might be|whats actually|what do you think is|what else could be) (?:wrong|the matter|going on) (?:with|inside) (?:me|him|her|them|us|my (?:body|head|heart|chest|stomach|tummy|back|leg|legs|arm|arms|knee|knees|skin|eye|eyes|brain|bowel|bladder|[a-z]+s)|his [a-z]+|her [a-z]+|mum|dad|${RELATIVE})\b`,
      rx`\bwhy (?:do|does|am|is|have|has|did|would|might) (?:i|my [a-z]+|he|she|${RELATIVE})${GAP(3)}(?:keep|getting|get|feel|feeling|have|having|got|been)${GAP(3)}(?=${SYMPTOM}\b)`,
      rx`\b(?:can|could|will|would) you (?:tell me|say|let me know|confirm|check)(?: (?:if|whether))?${GAP(4)}(?=${CONDITION}\b)`,
      /\b(?:can|could|will|would) you (?:diagnose|tell me what (?:i|he|she) (?:have|has|ha?s got)|tell me whats wrong)\b/,
      rx`\b(?:do|would|could|can|will) you (?:think|reckon|say|know)${GAP(5)}(?=${CONDITION}(?= *(?:[?.!,;]|$|or\b|then\b|though\b|to you\b)))`,
      /\b(?:is|was|are|were|isnt) (?:my|his|her|their|the|this|that|our|mums?|dads?)(?: [a-z]+)? (?:diagnosis|diagnoses) (?:really |definitely |actually )?(?:right|wrong|correct|incorrect|accurate|a mistake|mistaken|true)\b/,
      rx`\b(?:chances|likelihood|odds|probability|how likely)${GAP(3)}(?:its|it is|this is|it will be|thats|that its|of it being|it turns out to be)? ?(?=${CONDITION}\b)`,
    ],
    unless: [...PROCESS, FEELINGS],
  },
  {
    // A symptom plus a request to judge it: "is this pain normal", "should I be worried about the lump".
    id: 'diagnosis',
    patterns: [
      JUDGEMENT,
      /\bwhat(?:s| is| could| might| would| else could)?(?: be)? (?:causing|behind|the cause of|the reason for|giving me|making me)\b/,
    ],
    requires: [HAS_SYMPTOM],
    unless: [...PROCESS, FEELINGS],
  },
  {
    id: 'interpret-results',
    patterns: [
      rx`\bwhat (?:do|does|dose|did|would|could|might|will) (?:(?:my|his|her|the|these|this|that|those|a|an|their|mums?|dads?|${RELATIVE}s?) )?(?:[a-z0-9.]+ ){0,3}(?=${RESULT} (?:actually |really |even )?(?:mean|show|say|indicate|suggest|tell)\b)`,
      rx`\b(?:are|is|were|was) (?:my|his|her|the|these|those|their|this|that|mums?|dads?) (?:[a-z0-9]+ ){0,2}(?=${RESULT} (?:[a-z]+ )?(?:normal|ok|okay|bad|good|high|low|worrying|concerning|serious|abnormal|fine|dangerous|clear|too high|too low)\b)`,
    ],
    unless: [...PROCESS, PASSED_ON],
  },
  {
    // A result, then a number or a finding, then a request to judge it: "my hba1c is 52, is that high", "is a PSA of 6 bad".
    id: 'interpret-results',
    patterns: [
      /\bwhat (?:do|does|did|could|might|will) (?:that|this|it|these|those|all this|all that) (?:mean|show|indicate|suggest)\b/,
      /\b(?:is|was|are|were|came back|come back|of|at|reads?|read|showed|shows|says?|said|to|gone up|gone down|risen|dropped|fallen|increased|gone)(?: at| as| to be| to| up to| down to)? \d[\d.,]*\b(?=.{0,60}(?:\?|\b(?:is (?:that|it|this)|should (?:i|we|he|she) (?:be )?(?:worried|concerned)|what does|do i need to worry|bad|good|high|low|normal|dangerous|worrying|big|large)\b))/,
      /\b\d[\d.,]* ?(?:cm|mm|centimetres?|centimeters?|millimetres?|millimeters?|inch(?:es)?)\b(?=.{0,60}(?:\?|\b(?:is (?:that|it|this) (?:bad|big|large|small|normal|serious|worrying|cancer|ok|okay|dangerous|a concern)|should (?:i|we|he|she) (?:be )?(?:worried|concerned)|do i need to worry)\b))/,
      /\b(?:says?|said|shows?|showed|mentions?|found)\b(?=.{0,80}\b(?:what does (?:that|it|this) mean|is (?:that|it|this) (?:bad|serious|cancer|good|normal)|should (?:i|we) (?:be )?worried)\b)/,
      /\b(?:is|are|isnt|was) (?:a |an |my |his |her |the |their |that |this )?(?:[a-z0-9]+ ){0,3}(?:of |at |level of |reading of |count of |score of |result of )?\d[\d.,]*(?: ?[a-z%]+)?(?: (?:too|very|really|quite|dangerously|worryingly))? (?:an? )?(?:bad|good|high|low|normal|ok|okay|dangerous|worrying|concerning|serious|healthy|fine|abnormal|elevated|raised|bad news|a lot|alright|a concern|big|large|small)\b/,
    ],
    requires: [HAS_RESULT],
    unless: [...PROCESS, PASSED_ON],
  },
  {
    id: 'interpret-results',
    patterns: [
      rx`\b(?:explain|interpret|read|look at|check|go through|go over|make sense of|understand|translate|decipher)${GAP(1)}(?:my|his|her|these|the|their|this|mums?|dads?|${RELATIVE}s?)${GAP(3)}(?=${RESULT}\b)`,
    ],
    requires: [ASKS_THE_BOT],
    unless: [...PROCESS, PASSED_ON],
  },
  {
    id: 'medication-dose',
    patterns: [
      rx`\bhow (?:much|many) (?=${MEDICINE}\b)`,
      /\b(?:what|whats the|which|whats a|what is the|what is a) (?:dose|dosage|strength|amount of|mg)\b|\b(?:max|maximum|safe|right|correct|wrong|usual|normal|recommended|daily|too high a|too low a|higher|lower) (?:dose|dosage)\b/,
      rx`\b(?:(?:can|could|should|shall|may|do|must|ought) (?:i|he|she|we|they|you|my [a-z]+|${RELATIVE})(?: still| safely| just| now)?|(?:if|whether) (?:i|he|she|we|they|my [a-z]+|${RELATIVE}) (?:can|could|should|may|need to|ought to)(?: still| safely| just)?) (?:to )?(?:take|have|mix|combine|stop|start|come off|quit|skip|miss|double|halve|increase|reduce|cut down|lower|up|change|swap|switch|crush|split|drink|give|keep taking|stop taking|carry on taking|continue taking|continue|restart|wean off|be on|go on|go back on|stay on|use)${GAP(4)}(?=${MEDICINE}\b)`,
      rx`\b(?:is it|its|is that|would it be|will it be|is this|is there a problem|is there any harm|any harm) (?:safe|ok|okay|alright|all right|fine|dangerous|bad|risky|a problem|harmful|wise|sensible|allowed)? ?(?:for (?:me|him|her|us|them|my [a-z]+|${RELATIVE}) )?(?:to|in) (?:take|taking|have|having|mix|mixing|combine|combining|stop|stopping|start|starting|drink|drinking|double|doubling|come off|coming off|skip|skipping|miss|missing|give|giving|use|using|keep taking|continue|continuing|crush|crushing|reduce|reducing|increase|increasing)${GAP(4)}(?=${MEDICINE}\b)`,
      rx`\b(?:can|do|does|will|should) (?=${MEDICINE}${GAP(3)}(?:be (?:taken|mixed|combined)|interact|react|clash|mix)\b)`,
      rx`\b(?:are|is) (?:these|this|those|my|his|her|the|it|their) (?:[a-z]+ )?side effects?${GAP(3)}(?:normal|serious|dangerous|worrying|ok|okay|bad|common|expected|permanent|a concern)\b|\bside effects?${GAP(4)}(?:normal|serious|dangerous|worrying|should (?:i|we) (?:be )?(?:worried|concerned)|is (?:that|this|it) (?:normal|ok|okay|serious))\b`,
      rx`\b(?:missed|forgot|forgotten|skipped|doubled up|double dosed)${GAP(2)}(?:a |my |his |her |their )?(?:dose|tablets?|pills?|meds|medication|injection)\b(?=.{0,60}(?:\?|\bwhat (?:should|do)\b|\bshould (?:i|he|she)\b|\bdo (?:i|we)\b|\bcan (?:i|he|she)\b))`,
      /\bwhat (?:can|should) (?:i|he|she|we) (?:take|give (?:him|her|them)?|use) for\b/,
    ],
    unless: [BRINGING_ALONG],
  },
  {
    // Dose and interaction questions phrased around the medicine: "how many ibuprofen can I have",
    // "codeine and ibuprofen at the same time?"
    id: 'medication-dose',
    patterns: [
      rx`\bhow (?:much|many)(?: [a-z0-9]+){0,5} (?:can|should|do|may|could|must|is it safe to|is it ok to|am i allowed to) (?:i|he|she|we|you|they|my [a-z]+|${RELATIVE})(?: safely)? (?:take|have|give|use|drink|double|safely take|be taking|be on)\b`,
      /\b(?:together|at the same time|alongside|on top of|while (?:on|taking)|same day as)\b/,
    ],
    requires: [HAS_MEDICINE, IS_QUESTION],
    unless: [BRINGING_ALONG],
  },
  {
    // "My GP changed my tablets, is that right?"
    id: 'medication-dose',
    patterns: [/\b(?:is|was) (?:that|this|it) (?:right|correct|safe|ok|okay|normal|too much|too high|too low|a lot|dangerous|wise|sensible)\b/],
    requires: [HAS_MEDICINE],
    unless: [...PROCESS, BRINGING_ALONG],
  },
  {
    id: 'prognosis',
    patterns: [
      /\bhow long (?:have|has|do|does) (?:i|he|she|they|we|my [a-z]+|mum|dad) got\b(?! (?:to (?!live)|until|till|before|for|left to wait|on the))/,
      rx`\bhow long (?:do|does|will|would|could|might|is) (?:i|he|she|they|we|my [a-z]+|${RELATIVE}) (?:have (?:left|to live)|live|last|survive|have got left|be around|be alive|got left|likely to live|expected to live|going to live)\b`,
      rx`\b(?:whats|what is|what are|how (?:good|bad|long) is|tell me|what will be|estimate|how likely|hows|how is) (?:my|his|her|their|the|our|mums?|dads?)? ?(?:prognosis|life expectancy|survival|chances?|odds|outlook)\b|\b(?:my|his|her|their|mums|dads) (?:chances|odds|prognosis|life expectancy|outlook)\b(?=.{0,60}(?:\?|\b(?:what|how|good|bad|are|is)\b))`,
      rx`\b(?:what are|whats|what is) (?:the )?(?:chances|odds|likelihood) (?:of|that) (?:me|him|her|them|my [a-z]+|i|he|she)\b`,
      rx`\b(?:will|would|is|am|are|can|could|does|do) ${SUBJECT}(?: [a-z]+)? (?:going to |gonna |likely to |expected to |be able to |ever )?(?:survive|die|dying|pull through|make it|recover|get better|be cured|live|beat (?:it|this|the cancer|cancer)|walk again|talk again|see again|have long)\b(?! (?:for (?:it|a second opinion)|to see|with a|on their own))`,
      rx`\b(?:will|would|is|am) ${SUBJECT} (?:be|going to be) (?:ok|okay|alright|all right|fine)\s*(?:[?.!]|$)`,
      /\bis (?:it|this|my [a-z]+|his [a-z]+|her [a-z]+|the [a-z]+|stage \d|stage (?:one|two|three|four)|it still)(?: [a-z]+)? (?:curable|treatable|terminal|fatal|incurable|life threatening|aggressive|spreading|advanced|going to kill (?:me|him|her))\b/,
      rx`\bwhat stage${GAP(4)}(?:my|his|her|it|this|their|mums?|dads?)\b`,
      /\bhas (?:it|the cancer|my cancer|his cancer|her cancer|the tumour|the disease) spread\b/,
      rx`\b(?:risk|chances?|odds|likelihood|probability)${GAP(2)}(?:of|that) (?:it|the cancer|my cancer|his cancer|her cancer|the tumour|this|they|things)${GAP(1)}(?:coming back|come back|comes back|returning|return|recurring|recur|spreading|spread)\b`,
    ],
    unless: PROCESS,
  },
  {
    id: 'choose-clinician',
    patterns: [
      /\b(?:which|what) (?:[a-z]+ )?(?:doctor|gp|surgeon|consultant|specialist|hospital|oncologist|cardiologist|neurologist|centre|center|clinic|trust|unit|team|expert)s? (?:is|are|would be|do you think is|would you say is|should (?:i|we|he|she) (?:go to|see|choose|pick)) (?:the )?(?:best|better|top|leading|most experienced|right|safest)\b/,
      /\b(?:which|what|who|whos|who is|where)(?: [a-z]+){0,3} (?:the )?(?:best|top|leading|better|most experienced|best rated|highest rated|safest)(?: [a-z]+){0,2} (?:doctors?|gps?|surgeons?|consultants?|specialists?|hospitals?|oncologists?|cardiologists?|neurologists?|centres?|centers?|clinics?|trusts?|units?|teams?|experts?|place)\b/,
      /\b(?:which|what) (?:[a-z]+ )?(?:surgeon|consultant|specialist|oncologist|cardiologist|neurologist|urologist|gynaecologist|dermatologist|rheumatologist|orthopaedic surgeon|physician)s? (?:should|would|could|do) (?:i|we|he|she|you) (?:see|go to|choose|pick|ask for|book|recommend)\b/,
      /\b(?:can|could|would) you (?:recommend|suggest)(?: [a-z]+){0,2} (?:doctor|surgeon|consultant|specialist|hospital|oncologist|clinic|cardiologist|neurologist)s?\b/,
      /\b(?:best|top|leading) (?:doctor|surgeon|consultant|specialist|hospital|oncologist|clinic|cardiologist|neurologist)s? (?:for|to treat|in the country for|near me for)\b/,
    ],
    unless: [/\bsecond opinions?\b|\banother opinion\b|\breferr(?:al|ed|ing)\b/],
  },
  {
    id: 'triage-decision',
    patterns: [
      /\bshould (?:i|we|he|she) (?:go to|call|ring|phone|see|be seen at|be seen by|visit) (?:a and e|a e|111|my gp|a doctor|the gp|out of hours|urgent care|the hospital|hospital|walk in)\b(?! (?:for a second opinion|about a second opinion|to ask))/,
      /\bdo (?:i|we|you think i) need to (?:go to|call|ring|see) (?:a and e|a e|111|hospital|a doctor|my gp|the gp|urgent care)\b/,
      rx`\bwhat (?:should|can|do) (?:i|we|he|she) (?:do|take) (?:about|for) (?:my|his|her|this|the|their)${GAP(2)}(?=${SYMPTOM}\b)|\bhow (?:do|can|should) (?:i|we) (?:treat|cure|get rid of|manage|fix|ease|relieve|stop) (?:my|his|her|this|the|their)${GAP(2)}(?=${SYMPTOM}\b)`,
    ],
    unless: PROCESS,
  },
  {
    // Catch-all for the many ways of asking a clinical question the specific rules above
    // do not spell out: a question, about something clinical, needing a judgement.
    id: 'clinical-judgement',
    patterns: [JUDGEMENT_WORD],
    requires: [IS_QUESTION_OR_DECIDING, MENTIONS_CLINICAL],
    unless: [
      ...PROCESS,
      PASSED_ON,
      BRINGING_ALONG,
      ADMIN,
      FEELINGS,
      ASK_THE_TEAM,
      PREPARING,
      THEIR_REASONS,
      HOW_TO_DECIDE,
      GOING_OVER_IT,
      BOOKED_TESTS,
    ],
  },
];
