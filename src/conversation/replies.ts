/** A button: what it shows, and the text it sends back when pressed. */
export interface Choice {
  readonly label: string;
  readonly value: string;
}

/** A link on a card: a web page, or a phone number or email address to open. */
export interface Link {
  readonly label: string;
  readonly url: string;
}

/** A service someone can contact, shown as a card where the channel can show one. */
export interface ContactCard {
  readonly title: string;
  readonly text: string;
  readonly links: readonly Link[];
}

/** One message from the bot, free of any channel's format. */
export interface Reply {
  readonly text: string;
  readonly choices?: readonly Choice[];
  readonly cards?: readonly ContactCard[];
  /** The Q&A entry this reply answers, so channels that let people rate answers can offer it. */
  readonly entryId?: string;
}

export function choice(label: string, value: string = label): Choice {
  return { label, value };
}
