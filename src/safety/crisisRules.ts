import { GAP, rx, type SafetyRule } from './rule';

/**
 * Suicidal thoughts, self-harm and hopelessness, for the writer or someone they
 * are worried about. People rarely say "suicidal"; they say "I can't go on",
 * "they'd be better off without me", "what's the point". The idioms that share
 * words with these ("the wait is killing me", "I'm dying to know", "I'd die for a
 * cup of tea") are kept out by wording the patterns around the self, not the verb.
 *
 * No past-tense filter here: "he tried to kill himself last year" still warrants
 * the gentle crisis signposting.
 */

const SELF = '(?:myself|himself|herself|themselves|themself|ourselves|yourself)';
const INTENT =
  '(?:thinking (?:of|about)|think about|thought (?:of|about)|thoughts (?:of|about)|going to|want to|wanted to|wants to|tempted to|planning to|plan to|planned to|feel like|could just|might just|urge to|urges to|ready to|considering|about to|will)';

export const CRISIS_RULES: readonly SafetyRule[] = [
  {
    id: 'suicidal-thoughts',
    patterns: [
      /\bsuicid(?:e|al|ality)\b(?! (?:prevention|rates?|statistics|awareness|bomb(?:er|ing)?s?|squad|mission|doors?)\b)/,
      rx`\b(?:kill|killing|killed|kills|hang|hanging|hanged|hangs|drown|drowning|shoot|shooting|poison|poisoning|gas|gassing|suffocate|off|top|topping|end) ${SELF}\b(?! (?:laughing|trying|to (?:get|make|pay|afford|keep|fit|meet|finish|sort|please)|working|with work|over (?:this|work|it)|in (?:work|paperwork)|for (?:this|work|them|nothing)))`,
      /\b(?:end|ending|ended|ends|take|taking|took|takes) (?:my|his|her|their|your) (?:own )?life\b(?! (?:back|into|in (?:my|his|her|their) (?:own )?hands))/,
      /\b(?:end|ending) (?:it all|it|things|everything|my suffering|it now|this life)\b(?! (?:with|for (?:him|her|them)|between|off|there|here|up))/,
      /\b(?:want|wants|wanted|wanting|wish|wishes|wished|wishing|ready|planning|plan|longing|long|prefer|like|deserve|deserves|desperate|just want) to die\b(?! (?:at home|in (?:hospital|a hospice|peace|his sleep|her sleep|my sleep|their sleep)|peacefully|with dignity|of (?:embarrassment|shame|boredom|laughter)))/,
      /\b(?:id|i would|hed|he would|shed|she would|theyd|they would)(?: much| honestly)? rather (?:be dead|die|not be here|not be alive|not wake up|not exist)\b|\brather be dead\b/,
      /\bwish(?:es|ed|ing)? (?:i|id|he|hed|she|shed|they|theyd)(?: (?:was|were|had|could|would|could just|would just|had just))? (?:be )?(?:dead|gone|not here|not alive|not around|never (?:been born|born|woken up|woke up|wake up|existed)|not (?:woken up|wake up|exist)|disappear|die)\b/,
      /\bwish(?:es|ed|ing)? (?:i|he|she|they|id|hed|shed) (?:didnt|wouldnt|couldnt|would never|could never|never|could just not|would just not|didnt have to) (?:wake up|woke up|wake|exist|be here|have been born|been born)\b/,
      /\b(?:better|happier) off (?:dead|without (?:me|us|myself))\b/,
      rx`\b(?:everyone|everybody|they|family|kids|children|we|wed|you|theyd|world|all)${GAP(3)}(?:better off|happier|fine) without (?:him|her|them)\b`,
      rx`\b(?:better off|better|best|happier|easier|simpler|kinder|be fine|be ok|miss me|care|relief)${GAP(4)}(?:if|when|once) (?:i|im|hes|shes|he|she) (?:just |simply |finally )?(?:was |were |am |is )?(?:not here|not around|gone|dead|no longer (?:here|around|alive)|wasnt (?:here|around|alive)|werent (?:here|around|alive)|didnt exist|out of the way|out of the picture|died|disappeared|didnt wake up|never woke up|wasnt alive|ended it)\b`,
      rx`\b(?:nobody|no one|noone|no body)${GAP(2)}(?:miss|care about|notice|even notice|care)${GAP(2)}(?:if|when) (?:i|he|she)\b`,
      /\b(?:dont|doesnt|didnt|not|no longer|never)(?: even| really| actually| particularly)? (?:want|wanting|wants|wanna|deserve|deserving|deserves) to (?:live|be alive|exist|go on|carry on|keep going|continue|be around)\b(?! (?:in (?:a|this|that|the) (?:house|area|town|city|country|hospital|care home)|at|near|with (?:him|her|them|my|his)|like (?:that|a)|on my own in|abroad|alone in|(?:my|his|her|their|your) own|by (?:myself|himself|herself|themselves)|on (?:holiday|my|his|her|their|the|a|an|it|this|that)|with (?:the|this|that|it|my|his|her|their|treatment|chemo|radiotherapy)|to (?:the|my|a|an|his|her|their|that|this)|holiday|(?:the|a|this|that) (?:list|waiting list|trip|course|tablets|pill|pills|medication|drug|drugs|trial|diet|date|holiday|treatment)|it\b|taking|him|her|them|people|those))/,
      /\b(?:dont|doesnt|didnt) want to (?:wake up|see tomorrow)\b(?! (?:during|in the middle|in (?:the )?(?:hospital|recovery|theatre|icu|itu)|early))/,
      /\b(?:dont|doesnt|didnt) want to be here (?:anymore|any longer|now|anyway|much longer)\b|\b(?:dont|doesnt|didnt) want to be here\s*(?:[.!?]|$)/,
      /\b(?:go|get|fall|going) to sleep and (?:not|never) wake up\b|\bhope (?:i|he|she) (?:dont|never|doesnt|wont) wake up\b|\bnever (?:to )?wake up again\b/,
      /\b(?:disappear|vanish) (?:forever|for good|permanently)\b|\bbe (?:gone|dead) (?:forever|for good)\b|\bsleep (?:forever|for ever|and never wake)\b/,
      /\bmight as well (?:be dead|die|kill myself|end it)\b/,
      // Euphemisms people use instead of the words.
      /\b(?:do|doing) something (?:stupid|silly|drastic|daft)\b|\b(?:painless|easiest|quickest|best) way to (?:go|die|end it|do it|kill myself)\b|\b(?:how|ways?) to (?:kill myself|end my life|end it all)\b|\b(?:said|saying|say) (?:my )?(?:final )?goodbyes?\b(?! to (?:him|her|dad|mum|my (?:dad|mum|husband|wife)))|\b(?:go away|be over|disappear|end|stop) (?:for good|forever|permanently)\b/,
      rx`\b${INTENT} (?:jump|jumping) (?:off|from|in front of)\b`,
      rx`\b${INTENT} (?:just )?(?:take|taking|swallow|swallowing|down|downing|neck|necking)(?: [a-z0-9]+){0,2} (?:all|every|whole|lot|loads|handful|bottle|box|packet|pack|too many|stash|stockpile)(?: [a-z0-9]+){0,3} (?:pills|tablets|meds|medication|medicines?|paracetamol|painkillers|capsules|insulin)\b`,
      rx`\b${INTENT} (?:take|taking|do|doing) (?:an |a )?(?:overdose|od)\b|\b${INTENT} overdos(?:e|ing)\b|\btake an overdose\b`,
      /\b(?:stockpil(?:e|ing)|saving up|hoarding|collecting) (?:my |his |her |their )?(?:pills|tablets|meds|medication|paracetamol|painkillers)\b/,
      /\b(?:writ(?:ten|ing|e)|wrote|left) (?:a |my |his |her )?(?:suicide note|goodbye (?:note|letter)s?)\b/,
      /\bgiv(?:e|ing|en) (?:away )?(?:all )?(?:my|his|her|their) (?:things|stuff|belongings|possessions|pets?)(?: away)?\b(?=.{0,80}\b(?:letters?|goodbye|note|wont need|not going to need|wont be)\b)|\bwriting (?:letters|notes) to (?:everyone|everybody|my family|the kids)\b/,
      /\b(?:thoughts?|thinking|think) (?:of|about) (?:ending (?:it|my life|things|everything)|killing (?:myself|himself|herself)|suicide|not being (?:here|around|alive))\b|\bthoughts of (?:ending|death|dying|killing|not being here)\b|\bdark thoughts\b/,
      // Thinking about a method.
      /\b(?:driv(?:e|ing)|crash(?:ing)?|steer(?:ing)?) (?:my car |the car |myself )?(?:into|off) (?:a |the )?(?:wall|tree|lorry|traffic|river|sea|bridge|cliff)\b|\b(?:step(?:ping)?|walk(?:ing)?|throw(?:ing)? myself|jump(?:ing)?) (?:out )?in front of (?:a |the )?(?:train|bus|lorry|car|traffic)\b|\bwalk(?:ing)? into the (?:sea|river)\b/,
      /\b(?:think|thinking|thought|thoughts) (?:about|of) (?:dying|death|being dead|not being here|not existing)\b(?=.{0,30}\b(?:all the time|constantly|every day|a lot|lately|more and more|cant stop|non stop|always))/,
      /\b(?:wish|wishing|hope|hoping|want|wanting|pray|praying)(?: that)? (?:it|the cancer|this|god|death|the illness|something|the disease|it all) (?:would|could|to|will)? ?(?:just )?(?:take me|kill me|finish me off|finish me|end it|end me|come for me)\b/,
      /\b(?:rope|noose|ligature)\b.{0,60}\b(?:thinking|think|thought|use|using|hang|tie|tied|ready)\b|\b(?:bought|got|have|ive got|found) (?:a )?(?:rope|noose)\b/,
      /\b(?:im|i am|i wont|i will not|i wont be)(?: not)? (?:going to be |gonna be |be )?(?:around|here|alive)(?: for)? (?:much longer|for long|anymore|tomorrow|next week|by (?:tomorrow|the weekend|next week))\b(?=.{0,60}\b(?:made my mind up|decided|made (?:a|my) (?:plan|decision)|plan|goodbye|sorted|ready)\b)/,
    ],
  },
  {
    id: 'self-harm',
    patterns: [
      /\bself ?(?:harm(?:s|ed|ing)?|injur(?:y|ies|e|ing|ed)|mutilat(?:e|ion|ing))\b/,
      rx`\b(?:cut|cuts|cutting|harm|harms|harmed|harming|hurt|hurts|hurting|burn|burns|burnt|burned|burning|scratch|scratches|scratched|scratching|punch|punches|punched|punching|hit|hits|hitting|starve|starves|starved|starving|bite|bites|biting|bit|injure|injures|injured|injuring|stab|stabs|stabbed|stabbing|mutilate|mutilates|mutilated|mutilating|punish|punishes|punished|punishing) ${SELF}\b(?! (?:when|while|falling|in a fall|at (?:work|the gym)|playing|lifting|doing|on (?:the|a)|by (?:accident|falling|mistake)|accidentally|moving|gardening|shaving|cooking|chopping|in the garden|at home by)\b)`,
      /\b(?:cutting|slashing|scratching|burning) (?:my|his|her|their) (?:arms?|wrists?|legs?|thighs?|skin|body|stomach)\b/,
      /\b(?:cutting|burning|hurting myself|harming myself|scratching)\b.{0,25}\bto (?:feel (?:something|better|anything|real|alive)|cope|release|punish (?:myself|me)|numb)\b/,
      /\b(?:cut|cuts|burns|scars) on (?:my|his|her|their) (?:arms?|wrists?|thighs?)\b(?=.{0,40}\b(?:did (?:it|them|this)|myself|himself|herself|on purpose))/,
    ],
  },
  {
    // Hopelessness at the level of not wanting to go on.
    id: 'hopelessness',
    patterns: [
      rx`\bno (?:point|reason|purpose)${GAP(2)}(?:living|to live|in living|being alive|to be alive|going on(?! (?:with|the|a|an|to|about|at|waiting|holiday))|to go on|in going on|carrying on(?! (?:with|the|a|an|to|waiting))|to carry on|in carrying on|anymore|in life|to life|continuing|to continue|keeping going|to keep going|in anything|to anything|to any of it|in any of it|of any of it|to it all|in it all|trying anymore|in being here|to being here|me being here|in me being here|existing)\b`,
      rx`\b(?:dont|cant|doesnt|cannot|no longer) see (?:the |any |a )?(?:point|reason|purpose)${GAP(2)}(?:living|going on|carrying on|keeping going|to keep going|to go on|to carry on|to live|being alive|anymore|in anything|in life|of living|of life|of going on|in going on|in carrying on|of anything|any of it|in any of it|in being here|of being here)\b`,
      rx`\b(?:whats|what is|wheres) the (?:point|use|purpose)${GAP(1)}(?:of |in )?(?:living|life|going on|carrying on|being alive|it all|anything|keeping going|any of it|me being here|being here|existing|anymore)\b`,
      /\b(?:life|lifes|living|its)(?: really| just)? (?:isnt|is not|not|no longer|aint|wont be) worth (?:living|it anymore|being alive)\b|\b(?:life|lifes|living)(?: really| just)? (?:isnt|not|no longer|aint) worth it\b|\blife is (?:pointless|meaningless|not worth)\b|\b(?:my|his|her) life is over\b/,
      /\bhate (?:being alive|living|existing|my life|my own life)\b|\b(?:life|living|my life|everything)(?: really| just)? (?:has|holds|feels|is) (?:no|without) (?:meaning|point|purpose)\b|\b(?:life|my life) (?:is|feels|seems) (?:meaningless|pointless|empty|over)\b/,
      /\bnothing (?:left )?(?:to live for|left for me|left to live for)\b|\bno (?:reason|will) to live\b|\b(?:lost|no) (?:all |the |my |his |her )?will to live\b/,
      /\bcant (?:go on|carry on|keep going|cope|take it|take this|do this|face (?:it|life|another day|tomorrow|anything)|live like this|keep living like this)(?: anymore| any longer| like this| much longer| with life)\b/,
      /\b(?:dont think|not sure|doubt|dont know (?:if|whether)) (?:i|he|she) can (?:go on|carry on|keep going|cope|take (?:much |any )?more|do this|face (?:another day|tomorrow|it))(?: anymore| any longer| like this| much longer)?\b/,
      /\bcant (?:go on|carry on|keep going)(?: living)?\s*(?:[.!?]|$)|\bcant (?:go on|carry on) living\b|\bcant face (?:another day|life|living|tomorrow|waking up)\b/,
      /\b(?:given|give|giving) up on (?:life|living|everything|myself|himself|herself)\b/,
      /\b(?:tired|sick|weary) of (?:living|life|being alive|existing)\b|\b(?:done|finished) with (?:life|living|it all|everything)\b|\bhad enough of (?:life|living|everything|it all|being alive)\b/,
      /\b(?:a|such a|just a|nothing but a) burden (?:to|on) (?:everyone|everybody|my family|them|my (?:\w+)|all of you|the family|others|people)\b/,
      /\bno way out\b|\bfeel(?:s|ing)? (?:so |completely |totally |utterly |really |very |just |absolutely )?hopeless\b(?! (?:about|at|that|when it comes|with|in (?:the|my) (?:kitchen|job)))|\b(?:lost|no) (?:all )?hope\b(?! (?:in|of|for|with|that))/,
      /\b(?:want|wants|wanting|wish|wishes|wishing|just want|just wants) (?:it all|everything|my life|his life|her life|their life|life) to (?:stop|end|be over|finish)\b|\b(?:want|wants|wish|wishes) (?:it|this) all to (?:stop|end|be over)\b|\b(?:want|wants) it to end\b/,
      // Despair pictured as a place with no exit: "I'm drowning and can't see a way out".
      /\b(?:cant|cannot|couldnt|dont|never|not able to|unable to) see (?:a|any|the) (?:way out|way back|light at the end|end to (?:it|this|any of it))\b(?! of (?:this|the|my|our|his|her) (?:referral|system|waiting|mess|paperwork|contract|situation|maze|bureaucracy|appointments?|process|queue|tunnel with|list))/,
      /\b(?:im|i am|i feel|i feel like|i feel like im|hes|shes)(?: just| such| only)? a burden\b/,
    ],
  },
  {
    // Not being able to keep oneself safe, or not trusting oneself: the words people use
    // when they are at risk but will not name suicide or self-harm.
    id: 'unable-to-stay-safe',
    patterns: [
      rx`\b(?:keep|keeping|stay|staying|remain|be) ${SELF} safe\b`,
      /\b(?:cant promise|not sure|dont think|dont know if|doubt|unsure if|scared|worried|afraid|frightened) (?:i|ill|i will|i can|i could) (?:keep|stay|be) safe (?:tonight|today|right now|now|anymore|any longer|on my own|at the moment|much longer)\b/,
      rx`\b(?:dont|doesnt|not|never|no longer) (?:feel |feeling )?safe (?:with|around|by) ${SELF}\b`,
      rx`\b(?:dont|doesnt|cant|no longer|not sure (?:i|he|she) can|dont think (?:i|he|she) can) trust ${SELF}\b(?! (?:to (?:remember|make (?:a|the|any|good|big) (?:decision|decisions|choice|right)|decide|understand|ask|explain|drive|get|take (?:it|things|everything) in|choose|know|speak|talk|say|keep track|follow|cook|manage money|do (?:the|my) (?:paperwork|forms))|with (?:money|decisions|the decision|driving|my memory)|anymore to (?:remember|decide)))`,
      rx`\b(?:what|something) (?:i|ill|he|hell|she|shell|they)(?: [a-z]+){0,2} (?:do|does|did) to ${SELF}\b`,
      rx`\b(?:might|could|will|would|may|going to) do something to ${SELF}\b`,
    ],
    unless: [
      /\b(?:sunburn|sun cream|covid|infection|infections|germs|virus|fraud|scam|online|passwords?|data|while driving|on the roads?|in the heat|safe from (?:covid|the virus|infection))\b/,
      // Frailty and memory: "she can't keep herself safe at home with her dementia" is about care, not crisis.
      /\b(?:dementia|alzheimers|memory|falls?|falling|wander(?:s|ing)?|mobility|frail|stairs|walking|balance|feet|zimmer|wheelchair|confused|confusion)\b/,
    ],
  },
  {
    // "I won't be around much longer": a plan when it is about the writer's own choice, but
    // a prognosis when it is about an illness, and an absence when it is about a diary.
    id: 'suicidal-thoughts',
    patterns: [
      /\b(?:i wont|i will not|im not going to|im not gonna|i dont think ill|i doubt ill|i might not|i probably wont) (?:be )?(?:around|here|alive)(?: for)? (?:much longer|long|for long|for much longer|anymore|any longer|by (?:then|tomorrow|the weekend|next week|christmas|the morning|the end of)|this time next|tomorrow|next week|to see (?:it|them|christmas|the kids))\b/,
      /\b(?:this time|by this time) (?:next week|tomorrow|next month|next year)\b.{0,30}\b(?:i wont be (?:here|around|alive)|ill be gone|i will be gone|ill be dead|i will be dead|im gone|it will all be over)\b|\b(?:i wont be (?:here|around|alive)|ill be gone|ill be dead)\b.{0,30}\b(?:this time|by this time) (?:next week|tomorrow|next month)\b/,
      /\b(?:says?|said|saying|keeps? saying|tells?|told|telling|keeps? telling) (?:me |us |everyone |people |the family )?(?:that )?(?:he|she|they) (?:wont|will not|isnt going to|is not going to|not going to|doesnt think (?:he|she)ll|doesnt expect to) (?:be )?(?:around|here|alive)(?: for)? (?:much longer|long|for long|anymore|any longer|by (?:then|tomorrow|the weekend|next week|christmas)|tomorrow|next week)\b/,
    ],
    unless: [
      /\b(?:terminal|terminally|cancer|prognosis|palliative|hospice|end of life|months to live|weeks to live|given (?:\w+ )?(?:months|weeks|years)|diagnos\w*|illness|disease|tumou?r|dying of|doctors? (?:say|said|think|thinks)|consultant|oncologist|motor neurone|mnd|dementia|heart failure)\b/,
      /\b(?:appointment|holiday|hols|away|abroad|work|working|rearrange|reschedule|change|move|visit|booked|trip|clinic|leave|wedding|travelling|traveling|moving house|flight|office|shift|conference|course|term)\b/,
    ],
  },
  {
    // Wanting to disappear, without the embarrassment that often explains it.
    id: 'hopelessness',
    patterns: [
      /\b(?:want|wants|wanting|wish|wishes|wishing|just want|just wants) to (?:just |simply )?(?:disappear|vanish)\b(?=.{0,40}\b(?:never (?:come|coming) back|for good|forever|for ever|permanently|not exist|and never|and not come back)\b)/,
    ],
    unless: [/\b(?:embarrass\w*|ashamed|mortified|awkward|holiday|for a (?:while|bit|few|day|week|weekend))\b/],
  },
  {
    // "Losing the will to live" is as often a joke about queues and forms as a real feeling.
    id: 'hopelessness',
    patterns: [/\blosing (?:the |my |his |her )?will to live\b/],
    unless: [/\b(?:haha|ha ha|lol|joke|joking|kidding|waiting|wait|queue|on hold|forms|paperwork|admin|this process|the system|phone|hold music|emails)\b/],
  },
  {
    // A bare "what's the point" only when the sentence is about everything, not one appointment.
    id: 'hopelessness',
    patterns: [/\b(?:whats|what is) the point\s*(?:[.!?,]|$)/],
    requires: [/\b(?:anymore|anything|everything|life|living|cant be bothered|give up|giving up|no energy|exhausted with)\b/],
    unless: [/\b(?:second opinion|appointment|referral|complain|complaint|asking|ask|doctor|gp|consultant|hospital)\b/],
  },
];
