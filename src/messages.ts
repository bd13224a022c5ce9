import { SERVICE_IDS, type ServiceDirectory } from './knowledge/services';

/**
 * Every fixed thing the bot says, in one place, so a content editor can review the tone
 * and a translator can find it. Numbers and services come from knowledge/services.yaml.
 * Plain English, short sentences, no medical advice.
 */
const WHAT_I_COVER =
  'I can tell you what a second opinion is, how to ask for one, the good and bad points, what happens next and how to get ready for the appointment.';

export function createMessages(services: ServiceDirectory) {
  const phone = (id: string): string => services.phoneOf(id);
  /** "England or Wales": where the services with these ids apply, from services.yaml. */
  const nations = (...ids: string[]): string => {
    const all = [...new Set(ids.flatMap((id) => services.get(id).appliesTo))];
    return all.length > 1 ? `${all.slice(0, -1).join(', ')} or ${all.at(-1) ?? ''}` : (all[0] ?? '');
  };

  return Object.freeze({
    welcome: [
      'Hello. I can help with questions about getting a second opinion about medical care, for you or for someone you look after.',
      "I'm a computer program, not a doctor, so I can't give medical advice.",
      "Please don't type personal details such as names, NHS numbers or addresses.",
      `If someone is seriously ill or injured, call ${phone(SERVICE_IDS.emergency)} now.`,
    ].join('\n\n'),

    whatICover: WHAT_I_COVER,

    thanks: "You're welcome. Is there anything else about second opinions I can help with?",
    goodbye: 'Thank you for getting in touch. Take care. You can come back any time.',

    notSure: (extra?: string) =>
      [
        "I'm sorry, I'm not sure I understood that, and I don't want to guess.",
        WHAT_I_COVER,
        'You could ask it another way, or choose a topic below.',
        extra,
        `For other health questions, contact your GP or call NHS ${phone(SERVICE_IDS.nhs111)}.`,
      ]
        .filter(Boolean)
        .join('\n\n'),

    didYouMean: 'I want to be sure I answer the right question. Did you mean one of these?',
    /** When a message is about second opinions but not clear enough to answer. */
    notSureWhich: "I'm not sure I understood exactly what you're asking, and I don't want to guess. Is it one of these?",
    /** When a message looks like a question about something else, yet one of a few entries may be what was meant. */
    maybeElsewhere: [
      "I'm not sure that's about second opinions, and I don't want to guess.",
      `If you meant one of these, choose it. For other health questions, contact your GP or call NHS ${phone(SERVICE_IDS.nhs111)}.`,
    ].join('\n\n'),
    /** Under an answer, when a close runner-up might have been meant. */
    orWereYouAskingAbout: 'Or were you asking about…',
    noneOfThese: 'None of these',
    noneOfTheseReply: "Thanks for letting me know. I'd rather not guess. You could ask it another way, or choose a topic below.",

    emergency: [
      `This could be an emergency. Call ${phone(SERVICE_IDS.emergency)} now.`,
      "Don't wait for a reply from me, and don't drive yourself or the person to hospital if they are very unwell.",
      `If you're not sure, call ${phone(SERVICE_IDS.emergency)} anyway.`,
    ].join('\n\n'),

    /** After the emergency reply, when the message also says someone may want to end their life. */
    emergencyAndCrisis: `When you have called ${phone(SERVICE_IDS.emergency)}, Samaritans are there to talk to, free, on ${phone(SERVICE_IDS.samaritans)}, any time, day or night.`,

    /** Put first in a turn whose message mentions a danger sign the rules cannot place in time. */
    possibleEmergency: `If this is happening now, call ${phone(SERVICE_IDS.emergency)}.`,

    /** Put first in a turn whose message may come from someone struggling, though not clearly a crisis. */
    possibleCrisis: `If you're struggling to cope, you can talk to Samaritans free on ${phone(SERVICE_IDS.samaritans)}, any time. If you're in danger now, call ${phone(SERVICE_IDS.emergency)}.`,

    crisis: [
      "I'm sorry you're going through this. You don't have to cope on your own.",
      `You can call Samaritans free on ${phone(SERVICE_IDS.samaritans)}, any time, day or night.`,
      `For urgent mental health help, call NHS ${phone(SERVICE_IDS.nhs111MentalHealth)} in ${nations(SERVICE_IDS.nhs111MentalHealth, SERVICE_IDS.nhs111WalesMentalHealth)}, or NHS 24 on ${phone(SERVICE_IDS.nhs24MentalHealth)} in ${nations(SERVICE_IDS.nhs24MentalHealth)} and choose the mental health option.`,
      `In ${nations(SERVICE_IDS.lifelineNorthernIreland)}, you can also call Lifeline free on ${phone(SERVICE_IDS.lifelineNorthernIreland)}, any time.`,
      `If you'd rather text, text SHOUT to ${phone(SERVICE_IDS.shout)}. It's free, any time.`,
      `If you or someone else is in danger right now, call ${phone(SERVICE_IDS.emergency)}.`,
    ].join('\n\n'),

    medicalAdvice: [
      "I'm not able to give medical advice, and I can't say what is right for you.",
      'Your GP, your specialist team or a specialist nurse can talk this through with you. A pharmacist can help with questions about medicines.',
      `If you need help soon, call NHS ${phone(SERVICE_IDS.nhs111)}.`,
      'I can still help with questions about getting a second opinion.',
    ].join('\n\n'),

    help: [
      'I can answer questions about getting a second opinion. For example: "What is a second opinion?", "Can my son ask for me?" or "Will my doctor be upset?"',
      'You can type "start again" at any time, or "talk to a person" for people who can help.',
      `I'm not a doctor. In an emergency, call ${phone(SERVICE_IDS.emergency)}.`,
    ].join('\n\n'),

    startedAgain: "OK, let's start again. What would you like to know?",
    cancelled: "OK, I've stopped that. What would you like to know?",
    nothingToCancel: "There's nothing to stop. What would you like to know?",

    contactsIntro: 'These people can help. Their details are below.',
    contactsUrgent: `If it's urgent, call NHS ${phone(SERVICE_IDS.nhs111)}. In an emergency, call ${phone(SERVICE_IDS.emergency)}.`,
    /** Services offered to someone who asks for a person: where their details come from. */
    contactServices: Object.freeze([SERVICE_IDS.pals, SERVICE_IDS.citizensAdviceEngland, SERVICE_IDS.citizensAdviceWales]),
    linkLabels: Object.freeze({ phone: 'Call', email: 'Email', web: 'Website' }),

    handoff: Object.freeze({
      askConsent:
        "I can pass you to an adviser. They will see a short list of the topics we covered, but not your messages. Is that OK?",
      yes: 'Yes, pass me on',
      no: 'No, just the contacts',
      started: "Thanks. I've asked for an adviser to join. Please stay in this chat; they will reply here.",
      accepted: 'An adviser has joined and will reply here.',
      failed: "Sorry, no adviser could take the chat just now. Here's who else can help:",
      completed: 'The adviser has left the chat. Is there anything else about second opinions I can help with?',
    }),

    flow: Object.freeze({
      carryOn: 'Shall we carry on where we were?',
      retry: "Sorry, I didn't catch that. Please choose one of these, or type your question.",
      wayOut: "Let's leave that there. You can ask me a question, start again, or talk to a person.",
      stopped: 'OK. You can ask me anything else about second opinions.',
      expired: "Welcome back. It's been a while, so we'll start afresh.",
      summaryIntro: 'Here is your summary:',
      nothingNoted: '(nothing chosen)',
    }),

    /** Complaints, nations, small replies and citations (the conversation's own recognisers). */
    understanding: Object.freeze({
      complaintEmpathy: "I'm sorry you've had a bad experience. It's OK to raise it, and there are people who can help.",
      /** A complaint about a shop, a landlord or the council: not one for PALS, and said so before who else can help. */
      complaintNotAboutCare:
        "I'm sorry you've had a bad experience. I can only help with second opinions and problems with health care. These free advice services may be able to help with this:",
      /** Whose details follow complaintNotAboutCare: each nation's Citizens Advice, and Advice NI (knowledge/services.yaml). */
      complaintNotAboutCareServices: Object.freeze([SERVICE_IDS.citizensAdviceEngland, SERVICE_IDS.citizensAdviceWales, SERVICE_IDS.citizensAdviceScotland, SERVICE_IDS.adviceNorthernIreland]),
      formalComplaintEmpathy: "I'm sorry things have gone wrong. Here is how to make a formal complaint, and who can help you with it.",
      nations: (nations: string, several: boolean) =>
        `The advice I give comes from a leaflet about the NHS. ${nations} ${several ? 'each have their' : 'has its'} own services that can help:`,
      nationsEngland: 'Yes. The advice I give comes from a leaflet about the NHS, and the services I name are for England. These can help:',
      /** A place neither the leaflet nor the services cover: say what the bot covers and where to ask, no facts about the place. */
      placeNotCovered: (place: string) =>
        `The advice I give comes from a leaflet about the NHS, and the services I can name are in England, Wales, Scotland and Northern Ireland. I don't have information for ${place}, so I can't say whether it works the same way there. Your GP or your local health service can tell you how to ask for a second opinion.`,
      ok: 'OK. What would you like to know about second opinions? You can type a question or choose a topic.',
      no: "OK. If there's anything else about second opinions, just ask. You can also choose a topic.",
      /** "thanks but that didn't help": say sorry and what the bot can do, never "you're welcome". */
      unhelpful: `I'm sorry that didn't help. ${WHAT_I_COVER} You could ask it another way or choose a topic below. To talk to a person, type "talk to a person".`,
      /** "is this a real person?", "are you a robot": who is answering, and how to reach a person. */
      botOrPerson: `I'm a chatbot: a computer program, not a person, and not a doctor. ${WHAT_I_COVER} To talk to a person, type "talk to a person".`,
      notKnownInFlow: "I'm sorry, I don't have an answer to that, and I don't want to guess. Your GP or PALS may be able to help with it.",
      carryOn: 'Carry on',
      stopHere: 'Stop here',
      from: (section: string) => `From: ${section}`,
    }),

    somethingWentWrong: "Sorry, something went wrong on my side. Please ask your question again.",

    textOnly: 'I can only read typed messages at the moment. Please type your question.',

    /** The web chat page and the widget: what people read before their first message. */
    web: Object.freeze({
      title: 'Second opinion advice',
      about: 'This chat answers questions about getting a second opinion about medical care, for you or for someone you look after.',
      notADoctor: "It's a computer program, not a doctor or nurse, so it can't give medical advice.",
      emergency: `If someone is seriously ill or injured, call ${phone(SERVICE_IDS.emergency)} now. Don't wait for the chat.`,
      privacy: "Please don't type names, NHS numbers or addresses.",
      openChat: 'Open chat',
      closeChat: 'Close chat',
      chatLabel: 'Conversation',
      connecting: 'Connecting to the chat…',
      unreachable: `Sorry, the chat can't be reached right now. Please try again later. If you need help soon, call NHS ${phone(SERVICE_IDS.nhs111)}. In an emergency, call ${phone(SERVICE_IDS.emergency)}.`,
    }),

    /** How the app presents itself in the Teams app store of an organisation. */
    teamsApp: Object.freeze({
      shortName: 'Second opinion advice',
      fullName: 'Second opinion advice for patients and carers',
      shortDescription: 'Answers questions about getting a second opinion about medical care.',
      fullDescription: [
        'A chatbot that answers questions about getting a second opinion about medical care, for you or for someone you look after:',
        'what a second opinion is, how to ask for one, the good and bad points, and who can help.',
        "It is not a doctor and can't give medical advice. If someone is seriously ill or injured, call 999.",
      ].join(' '),
      commands: Object.freeze([
        { title: 'help', description: 'What I can help with' },
        { title: 'start again', description: 'Start the conversation afresh' },
        { title: 'talk to a person', description: 'People who can help' },
      ]),
    }),
    /** When the bot runs on, but something it depends on failed. */
    hosting: Object.freeze({
      /** The reference matches the error in the logs, so staff can find it if the person tells them. */
      somethingWentWrong: (reference: string) =>
        `Sorry, something went wrong on my side, so I've started our chat afresh. Please ask your question again. (Reference: ${reference})`,
      memoryUnavailable:
        "Sorry, I can't reach my memory of our chat just now. If we were going through some questions together, we'll need to start them again. I can still answer your questions.",
    }),

    /** Labels of the commands the bot offers as buttons. */
    labels: Object.freeze({
      startAgain: 'Start again',
      talkToPerson: 'Talk to a person',
    }),
  });
}

export type Messages = ReturnType<typeof createMessages>;
