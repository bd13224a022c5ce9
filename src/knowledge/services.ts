import type { Service } from './types';

/**
 * Services the bot's own messages name. Their facts (numbers, web pages) live only in
 * knowledge/services.yaml; these ids are checked at start-up so a renamed service fails fast.
 */
export const SERVICE_IDS = Object.freeze({
  emergency: 'emergency-999',
  nhs111: 'nhs-111',
  samaritans: 'samaritans',
  pals: 'pals',
  citizensAdviceEngland: 'citizens-advice-england',
  citizensAdviceWales: 'citizens-advice-wales',
});

export class ServiceDirectory {
  private readonly byId: ReadonlyMap<string, Service>;

  constructor(services: readonly Service[]) {
    this.byId = new Map(services.map((s) => [s.id, s]));
  }

  /** Ids the bot needs that the content lacks; empty when the content is complete. */
  missing(required: readonly string[] = Object.values(SERVICE_IDS)): string[] {
    return required.filter((id) => !this.byId.has(id));
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
}
