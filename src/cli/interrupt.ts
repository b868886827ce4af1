/**
 * What Ctrl-C (SIGINT) and SIGTERM say: each command sets the line that is true for it (a crawl
 * can be resumed, a kinship question cannot). The entry point prints it, removes temporary
 * output files and exits.
 */
let message = 'interrupted; nothing was written';

export function setInterruptMessage(text: string): void {
  message = text;
}

export function interruptMessage(): string {
  return message;
}
