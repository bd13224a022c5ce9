/** A reason the server could not start that the person starting it can fix; said in one line. */
export class StartupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartupError';
  }
}

/** Turns the errors of listen() that come from the settings into a plain sentence. */
export function explainListenError(error: Error & { code?: string }, host: string, port: number): Error {
  switch (error.code) {
    case 'EADDRINUSE':
      return new StartupError(`The bot cannot start: port ${port} is already in use on ${host}. Stop the other program, or set PORT to a free port.`);
    case 'EACCES':
      return new StartupError(`The bot cannot start: it is not allowed to listen on port ${port}. Set PORT to a number above 1023.`);
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new StartupError(`The bot cannot start: HOST "${host}" cannot be resolved. Set HOST to 0.0.0.0 (every address) or 127.0.0.1 (this machine only).`);
    case 'EADDRNOTAVAIL':
      return new StartupError(`The bot cannot start: HOST "${host}" is not an address of this machine. Set HOST to 0.0.0.0 (every address) or 127.0.0.1 (this machine only).`);
    default:
      return error;
  }
}
