/** A button: what it shows, and the text it sends back when pressed. */
export interface Choice {
  readonly label: string;
  readonly value: string;
}

/** One message from the bot, free of any channel's format. */
export interface Reply {
  readonly text: string;
  readonly choices?: readonly Choice[];
}

export function choice(label: string, value: string = label): Choice {
  return { label, value };
}
