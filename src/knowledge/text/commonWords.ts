/**
 * Function words: they carry no topic, so they are never used as evidence for an entry.
 * Question words ("how", "why", "who") are deliberately absent: they tell entries apart.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a an the and or but if so as at by for from in into of on onto to with without about
  i me my mine myself we us our ours you your yours he him his she her hers they them their
  theirs it its this that these those there here im ive id ill youre youve hes shes theyre
  weve thats theres whats am is are was were be been being do does did doing done have has
  had having will would shall should can could may might must just also too very really
  quite please pls plz thanks then than such some any all each every both either neither
  own same just now even still yet ok okay oh um uh er hmm well like lol xx x
  tho though tbh imo innit
  whether grateful kindly enquire inquire ascertain wish obtain obtaining`.split(/\s+/).filter(Boolean),
);

/** Words that open a message as a greeting, before what it says ("hiya, ...", "morning, ..."). */
export const GREETING_WORDS: ReadonlySet<string> = new Set(['hi', 'hiya', 'hello', 'hey', 'heya', 'morning', 'evening', 'afternoon']);

/** What someone is called straight after a greeting ("hi there", "hiya bab", "morning all"). */
export const GREETED_AS: ReadonlySet<string> = new Set(['there', 'bab', 'babe', 'love', 'luv', 'hun', 'hon', 'pet', 'mate', 'duck', 'chuck', 'darling', 'all', 'again']);

/**
 * Everyday words that are not stop words but say nothing about what a message is about.
 * A word that is neither in our content nor here counts as evidence that the message is on
 * another subject ("can my wife get a MORTGAGE"), so this list keeps ordinary chatter in a
 * long message ("honestly we've been a bit lost this month") from counting against it.
 */
export const CHATTER_WORDS: ReadonlySet<string> = new Set(
  `hi hello hey dear sorry thank thanks cheers yes yeah yep no nope not dont doesnt didnt cant
  cannot couldnt wont wouldnt isnt arent wasnt werent havent hasnt hadnt shouldnt mustnt
  honestly honest basically actually literally totally really truly simply probably maybe
  perhaps possibly definitely certainly obviously apparently anyway anyhow somehow
  although because since while whilst until unless whether after before during ago already
  always never often sometimes usually again once twice soon later early late lately recently
  today tonight tomorrow yesterday week weeks weekend month months year years day days night
  morning afternoon evening time times moment minute minutes hour hours last next past
  first second third one two three four five six lot lots bit bits thing things stuff kind
  sort way ways bit little big small huge great good bad better worse best worst fine nice
  awful terrible lovely sure unsure able unable whole half much many more most less least few
  several lots plenty enough other others another else something anything nothing everything
  someone anyone everyone somebody anybody nobody everybody somewhere anywhere everywhere
  people person man woman men women guy guys lady folk folks family bloke blokes fella fellas feller chap chaps gent gents
  get gets got getting gotten go goes going went gone come comes coming came make makes making
  made take takes taking took taken give gives giving gave given put puts putting keep keeps
  kept let lets seem seems seemed look looks looking looked see sees seeing saw seen say says
  saying said tell tells telling told know knows knowing knew known think thinks thinking
  thought feel feels feeling felt want wants wanting wanted need needs needing needed try tries
  trying tried use uses using used find finds finding found mean means meaning meant
  wonder wondering wondered hope hoping hoped guess guessing suppose reckon idea ideas
  lost confused stuck worried scared frightened anxious nervous stressed upset unhappy happy
  glad annoyed frustrated fed up tired exhausted overwhelmed bit rather fairly pretty
  situation thing matter question questions answer answers help helps helping helped
  currently just still now then here where what which who whom whose when why how
  mum mom dad mother father husband wife partner son daughter brother sister friend
  said says told tell
  idk thru ppl b4 ya yeah ye aye mate
  exactly roughly properly precisely approximately generally mainly mostly anyways anymore
  england english scotland scottish wales welsh northern ireland irish uk britain british here
  within stay stick supposed show necessary carry quiet wee sir madam fuss rest recent previous
  similar serious considerable straightforward present accept drag spin reel nerves
  seven eight nine ten eleven twelve fifteen twenty thirty forty fifty hundred
  grateful kindly rang phoned deal dealt dealing
  fancy potential possible associated regarding pertaining`.split(/\s+/).filter(Boolean),
);

/**
 * Folds for matching only. The normaliser turns "what is" into "whats"; the question word is
 * what tells entries apart, so it is kept. And text-speak the normaliser leaves alone because
 * elsewhere a digit may mean a number ("option 2"): in a question "2" and "4" are "to", "for".
 */
export const TEXT_SPEAK: ReadonlyMap<string, string> = new Map([
  ['whats', 'what'],
  ['whos', 'who'],
  ['hows', 'how'],
  ['wheres', 'where'],
  ['whens', 'when'],
  ['whys', 'why'],
  ['2', 'to'],
  ['4', 'for'],
  ['b4', 'before'],
  ['some1', 'someone'],
  ['any1', 'anyone'],
  ['every1', 'everyone'],
  ['no1', 'nobody'],
  ['gud', 'good'],
  ['jus', 'just'],
  ['jst', 'just'],
  ['thx', 'thanks'],
  // Scots and northern English spellings people type as they speak: "whit can i dae", "im no happy wi that", "mam says".
  ['tae', 'to'],
  ['whit', 'what'],
  ['dae', 'do'],
  ['mam', 'mum'],
  ['hav', 'have'],
  ['dinnae', 'dont'],
  ['cannae', 'cant'],
  ['didnae', 'didnt'],
  ['wouldnae', 'wouldnt'],
  ['couldnae', 'couldnt'],
  ['isnae', 'isnt'],
  ['wisnae', 'wasnt'],
  ['aboot', 'about'],
  ['masel', 'myself'],
  ['hae', 'have'],
  ['wrang', 'wrong'],
  ['lassie', 'daughter'],
  ['laddie', 'son'],
  ['bairn', 'child'],
  ['bairns', 'children'],
  ['wean', 'child'],
  ['weans', 'children'],
  ['ragin', 'raging'],
  ['soo', 'so'],
  ['insted', 'instead'],
  ['instaed', 'instead'],
  ['sooo', 'so'],
  // Twenty-eighth pass: words spelt as said in text-speak, two letters or more from the word (too far for the typo
  // corrector, which never goes that far on a short word): "wud the doctor hold it agenst me if i askd for anotha opinion".
  ['anotha', 'another'],
  ['anutha', 'another'],
  ['agenst', 'against'],
  ['agianst', 'against'],
  ['askd', 'asked'],
  ['ppl', 'people'],
  ['grp', 'group'],
  ['diff', 'different'],
  ['havnt', 'havent'],
  ['shud', 'should'],
  ['cud', 'could'],
  // Twenty-ninth pass: question words in text-speak or with a dropped h ("wat if my gp says no", "ow do i know").
  ['wat', 'what'],
  ['wot', 'what'],
  ['wht', 'what'],
  ['wut', 'what'],
  ['wats', 'what'],
  ['wots', 'what'],
  ['hw', 'how'],
  ['ow', 'how'],
  ['wen', 'when'],
  ['cn', 'can'],
  ['wud', 'would'],
  // Dropped g's of everyday verbs, read the same in the content as in messages: a learnt phrasing that says "gettin"
  // made "gettin" a rare word of one entry, so "any upside to gettin a 2nd opinon" went to that entry (disadvantages).
  ...'askin gettin talkin lookin goin doin havin seein wantin thinkin waitin feelin tryin sayin comin takin makin payin nothin somethin anythin everythin tellin wonderin sendin startin hopin bookin worryin movin pushin chasin'
    .split(' ')
    .map((word): [string, string] => [word, `${word}g`]),
]);

/**
 * One word typed or dictated as two ("a nother", "sec and opinion"): read as the one word. A pair
 * of real words ("sec and") is joined only before the word it completes a phrase of ours with
 * (its `before`: "opinion", however spelt), never on its own.
 */
export const SPLIT_WORDS: readonly { readonly pair: readonly [string, string]; readonly word: string; readonly before?: string }[] = [
  { pair: ['a', 'nother'], word: 'another' },
  { pair: ['an', 'other'], word: 'another', before: 'op' },
  { pair: ['some', 'one'], word: 'someone', before: 'el' },
  { pair: ['some', 'body'], word: 'somebody' },
  // Fifty-first pass (qa-train-71a): "is there any body else i can speak to", dictated or typed apart.
  { pair: ['any', 'body'], word: 'anybody', before: 'el' },
  { pair: ['in', 'stead'], word: 'instead' },
  { pair: ['sec', 'and'], word: 'second', before: 'op' },
  { pair: ['sec', 'an'], word: 'second', before: 'op' },
  { pair: ['sec', 'ond'], word: 'second' },
  // Dictated "second" heard as "sick and": "how do I get a sick and opinion".
  { pair: ['sick', 'and'], word: 'second', before: 'op' },
  { pair: ['sick', 'an'], word: 'second', before: 'op' },
  // Dictated "opinion" heard as two words: "a second a pinion".
  { pair: ['a', 'pinion'], word: 'opinion' },
  { pair: ['o', 'pinion'], word: 'opinion' },
  // Dictated "GP" written as it sounds: "a different jeep ee practice", "my gee pee".
  { pair: ['jeep', 'ee'], word: 'gp' },
  { pair: ['gee', 'pee'], word: 'gp' },
  { pair: ['jee', 'pee'], word: 'gp' },
];

/**
 * Real words typed for another that sounds the same ("a rite to", "i dont no how"). They are
 * never corrected on their own (a real word is never made into one of ours); only where the
 * word it sounds like completes a phrase of ours with the words around it ("legal rite").
 */
export const SOUNDS_LIKE: ReadonlyMap<string, string | readonly string[]> = new Map<string, string | readonly string[]>([
  // "a legal rite", "rite down my questions" (thirty-eighth pass)
  ['rite', ['right', 'write']],
  ['write', 'right'],
  ['wright', 'right'],
  ['no', 'know'],
  ['knew', 'new'],
  ['herd', 'heard'],
  ['weather', 'whether'],
  ['wood', 'would'],
  ['sea', 'see'],
  ['scene', 'seen'],
  ['two', 'to'],
  ['too', 'to'],
  ['there', 'their'],
  ['their', 'there'],
  ['were', 'where'],
  ['wear', 'where'],
  ['piece', 'peace'],
  ['peace', 'piece'],
  ['hole', 'whole'],
  ['week', 'weak'],
  ['weight', 'wait'],
  ['allowed', 'aloud'],
  ['site', 'sight'],
  ['sight', 'site'],
  ['dew', 'due'],
  ['meet', 'meat'],
  ['sun', 'son'],
  ['male', 'mail'],
  ['pail', 'pale'],
  ['board', 'bored'],
  ['advise', 'advice'],
  ['advice', 'advise'],
  ['loose', 'lose'],
  ['lose', 'loose'],
  ['than', 'then'],
  ['then', 'than'],
  ['of', 'off'],
  ['off', 'of'],
  ['your', 'you'],
  // Dictated: "going privet" (a hedge) for "going private".
  ['privet', 'private'],
]);
