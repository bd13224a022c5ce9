import { describeHours, describeStatus, openingStatus } from './openingHours';
import type { Service, WeeklyHours } from './types';

/**
 * Services the bot's own messages name. Their facts (numbers, web pages) live only in
 * knowledge/services.yaml; these ids are checked at start-up so a renamed service fails fast.
 */
export const SERVICE_IDS = Object.freeze({
  emergency: 'emergency-999',
  nhs111: 'nhs-111',
  samaritans: 'samaritans',
  nhs111MentalHealth: 'nhs-111-mental-health',
  nhs111WalesMentalHealth: 'nhs-111-wales-mental-health',
  nhs24MentalHealth: 'nhs-24-mental-health',
  shout: 'shout',
  lifelineNorthernIreland: 'lifeline-ni',
  pals: 'pals',
  citizensAdviceEngland: 'citizens-advice-england',
  citizensAdviceWales: 'citizens-advice-wales',
  citizensAdviceScotland: 'citizens-advice-scotland',
  adviceNorthernIreland: 'advice-ni',
});

/** The deploying trust's own PALS office, from configuration. */
export interface LocalServiceDetails {
  readonly name?: string;
  readonly phone?: string;
  readonly email?: string;
  readonly web?: string;
  readonly hours?: WeeklyHours;
}

/** A service's details for one person, now: local office, contact routes, hours. */
export interface ServiceContact {
  readonly name: string;
  /** What it does, how to find the right office, and its hours, in that order. */
  readonly notes: readonly string[];
  readonly phone?: string;
  readonly email?: string;
  readonly web?: string;
}

export class ServiceDirectory {
  private readonly byId: ReadonlyMap<string, Service>;

  constructor(
    services: readonly Service[],
    private readonly localPals: LocalServiceDetails = {},
    private readonly now: () => Date = () => new Date(),
  ) {
    this.byId = new Map(services.map((s) => [s.id, s]));
  }

  /** Ids the bot needs that the content lacks; empty when the content is complete. */
  missing(required: readonly string[] = Object.values(SERVICE_IDS)): string[] {
    return required.filter((id) => !this.byId.has(id));
  }

  /** Whether the deployment told us about its own PALS office. */
  get hasLocalPals(): boolean {
    return Boolean(this.localPals.phone ?? this.localPals.email ?? this.localPals.web);
  }

  get(id: string): Service {
    const service = this.byId.get(id);
    if (!service) throw new Error(`knowledge/services.yaml has no service "${id}"`);
    return service;
  }

  /** The service's phone number, falling back to its web page: never an empty placeholder. */
  phoneOf(id: string): string {
    const service = this.get(id);
    return service.phone ?? service.web ?? service.name;
  }

  /**
   * How to reach a service, with its hours and whether it is open now. A service that takes
   * local details (PALS) uses the deployer's, or says how to find the right office instead
   * of printing placeholders.
   */
  contact(id: string): ServiceContact {
    const service = this.get(id);
    const local = service.localDetailsFromConfig && this.hasLocalPals ? this.localPals : undefined;
    const phone = local ? local.phone : service.phone;
    const email = local ? local.email : service.email;
    const web = local?.web ?? service.web;
    const notes = [service.summary];
    if (service.localDetailsFromConfig && !local && service.howToFind) notes.push(service.howToFind);
    const hours = local?.hours ?? service.hours;
    if (hours) {
      const status = openingStatus(hours, this.now());
      notes.push(hours === 'always' ? 'Open any time, day or night.' : `Open ${describeHours(hours)} (${describeStatus(status)}).`);
      if (!status.open) {
        notes.push(`While they are closed: if it's urgent, call NHS ${this.phoneOf(SERVICE_IDS.nhs111)}. In an emergency, call ${this.phoneOf(SERVICE_IDS.emergency)}.`);
      }
    }
    return {
      name: local?.name ? `${service.name} at ${local.name}` : service.name,
      notes,
      ...(phone === undefined ? {} : { phone }),
      ...(email === undefined ? {} : { email }),
      ...(web === undefined ? {} : { web }),
    };
  }

  /** The same, as text for a message. */
  describe(id: string): string {
    const { name, notes, phone, email, web } = this.contact(id);
    const routes = [phone && `phone ${phone}`, email && `email ${email}`, web && `visit ${web}`].filter(Boolean);
    const [summary, ...rest] = notes;
    return [`**${name}**: ${summary ?? ''}`, ...(routes.length > 0 ? [`To contact them: ${routes.join(', or ')}.`] : []), ...rest].join('\n');
  }
}
