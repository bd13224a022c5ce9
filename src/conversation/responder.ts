import type { MatchResult } from '../knowledge/matching/matcher';
import type { ServiceDirectory } from '../knowledge/services';
import type { SmallTalk } from '../knowledge/smallTalk';
import { STARTER_TAG, type KnowledgeEntry, type Leaflet } from '../knowledge/types';
import type { Messages } from '../messages';
import type { SafetyConcern } from '../safety';
import type { Command } from './commands';
import { choice, type Choice, type ContactCard, type Link, type Reply } from './replies';

/**
 * Turns what was recognised in a message into the bot's replies. It knows nothing of
 * channels or dialog state, so every reply can be tested as plain data.
 */
export class Responder {
  private readonly entries: ReadonlyMap<string, KnowledgeEntry>;
  private readonly starters: readonly Choice[];
  private readonly headings: ReadonlyMap<string, string>;

  constructor(
    private readonly messages: Messages,
    leaflet: Leaflet,
    entries: readonly KnowledgeEntry[],
    private readonly services: ServiceDirectory,
  ) {
    this.entries = new Map(entries.map((e) => [e.id, e]));
    this.headings = new Map(leaflet.sections.map((s) => [s.id, s.heading]));
    this.starters = entries.filter((e) => e.tags.includes(STARTER_TAG)).map((e) => choice(e.question));
  }

  /**
   * A possible emergency gets one plain 999 line, first, and a possible crisis one calm
   * Samaritans line; the message is then handled as usual. An emergency is 999 and nothing else,
   * but for a line on Samaritans after it when someone in it may want to end their life.
   */
  safety(concern: SafetyConcern): Reply[] {
    const possibleEmergency = { text: this.messages.possibleEmergency };
    const possibleCrisis: Reply[] = concern.possibleCrisis ? [{ text: this.messages.possibleCrisis }] : [];
    switch (concern.kind) {
      case 'emergency':
        // 999 first, in one message; Samaritans only after it, for a message that also says someone wants to die.
        return [{ text: concern.possibleCrisis ? `${this.messages.emergency}\n\n${this.messages.emergencyAndCrisis}` : this.messages.emergency }];
      case 'possible-emergency':
        return [possibleEmergency, ...possibleCrisis];
      case 'possible-crisis':
        return [{ text: this.messages.possibleCrisis }];
      case 'crisis':
        return [{ text: this.messages.crisis }];
      case 'medical-advice': {
        const signpost = { text: this.messages.medicalAdvice, choices: this.starterChoices() };
        return [...(concern.possibleEmergency ? [possibleEmergency] : []), ...possibleCrisis, signpost];
      }
    }
  }

  welcome(): Reply[] {
    return [{ text: `${this.messages.welcome}\n\n${this.messages.whatICover}`, choices: this.starterChoices() }];
  }

  smallTalk(kind: SmallTalk): Reply[] {
    switch (kind) {
      case 'greeting':
        return this.welcome();
      case 'botOrPerson':
        return [{ text: this.messages.understanding.botOrPerson, choices: this.starterChoices() }];
      case 'thanks':
        return [{ text: this.messages.thanks }];
      case 'goodbye':
        return [{ text: this.messages.goodbye }];
      case 'unhelpful':
        return [{ text: this.messages.understanding.unhelpful, choices: this.starterChoices() }];
      case 'ok':
        return [{ text: this.messages.understanding.ok, choices: this.starterChoices() }];
      case 'no':
        return [{ text: this.messages.understanding.no, choices: this.starterChoices() }];
    }
  }

  /** Commands that mean the same whether or not a flow is under way. */
  command(command: Exclude<Command, 'cancel' | 'startAgain'>): Reply[] {
    switch (command) {
      case 'help':
        return [{ text: this.messages.help, choices: this.starterChoices() }];
      case 'talkToPerson':
        return this.contacts();
      case 'noneOfThese':
        return [{ text: `${this.messages.noneOfTheseReply}\n\n${this.messages.whatICover}`, choices: this.fallbackChoices() }];
    }
  }

  /**
   * Answers from the leaflet content (offering close runners-up under the answer), asks which
   * was meant when two are tied, says it is not sure and offers the likeliest entries when a
   * message about our subject is unclear (or, saying where other questions go, when it looks like
   * one about something else), or says honestly it can't.
   */
  answer(result: MatchResult): Reply[] {
    switch (result.kind) {
      case 'answer': {
        const reply = this.entryReply(result.entry);
        // Close runners-up, so someone who meant one of them is one click away (once: not again
        // when the answer already offers it as a follow-up).
        const offered = new Set(reply.choices?.map((c) => c.value));
        const runnersUp = result.alsoAbout.map((e) => choice(e.question)).filter((c) => !offered.has(c.value));
        return runnersUp.length > 0 ? [reply, { text: this.messages.orWereYouAskingAbout, choices: runnersUp }] : [reply];
      }
      case 'clarify':
        return [{
          text: { tied: this.messages.didYouMean, unsure: this.messages.notSureWhich, elsewhere: this.messages.maybeElsewhere }[result.reason],
          choices: [...result.candidates.map((e) => choice(e.question)), choice(this.messages.noneOfThese)],
        }];
      case 'none':
        return [{ text: this.messages.notSure(), choices: this.fallbackChoices() }];
    }
  }

  /** Who can help, as cards with links to call, email or visit, built now (hours change). */
  contacts(): Reply[] {
    return [{ text: this.messages.contactsIntro, cards: this.messages.contactServices.map((id) => this.card(id)) }, { text: this.messages.contactsUrgent }];
  }

  /** A complaint about something that is not care: not for PALS, and who else may help. */
  complaintNotAboutCare(): Reply[] {
    const { complaintNotAboutCare, complaintNotAboutCareServices } = this.messages.understanding;
    return [{ text: complaintNotAboutCare, cards: complaintNotAboutCareServices.map((id) => this.card(id)), choices: this.starterChoices() }];
  }

  entryReply(entry: KnowledgeEntry): Reply {
    const followUps = entry.followUps
      .map((id) => this.entries.get(id))
      .filter((e): e is KnowledgeEntry => e !== undefined)
      .map((e) => choice(e.question));
    return { text: this.citedAnswer(entry), choices: followUps, entryId: entry.id };
  }

  /** The answer with the leaflet section it comes from, so a patient or reviewer can check it. */
  citedAnswer(entry: KnowledgeEntry): string {
    const heading = this.headings.get(entry.source);
    return heading ? `${entry.answer}\n\n${this.messages.understanding.from(heading)}` : entry.answer;
  }

  starterChoices(): Choice[] {
    return [...this.starters];
  }

  private card(id: string): ContactCard {
    const { linkLabels } = this.messages;
    const { name, notes, phone, email, web } = this.services.contact(id);
    const links = [
      phone && { label: `${linkLabels.phone} ${phone}`, url: `tel:${phone.replace(/[^\d+]/g, '')}` },
      email && { label: linkLabels.email, url: `mailto:${email}` },
      web && { label: linkLabels.web, url: web },
    ].filter((link): link is Link => Boolean(link));
    return { title: name, text: notes.join('\n\n'), links };
  }

  private fallbackChoices(): Choice[] {
    return [...this.starterChoices(), choice(this.messages.labels.talkToPerson)];
  }
}
