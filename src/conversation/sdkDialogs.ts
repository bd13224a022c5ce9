// The dialog classes this bot uses, each from its own module of botbuilder-dialogs. The package's entry
// point also loads the SDK's own prompts and their text recognizers (number, date and choice recognizers:
// ~190 modules, ~16 MB of live heap), which this bot never uses. Kept in this one file so that the move
// to the Microsoft 365 Agents SDK's dialogs stays a change of package names here.
export { ComponentDialog } from 'botbuilder-dialogs/lib/componentDialog';
export { Dialog, DialogTurnStatus } from 'botbuilder-dialogs/lib/dialog';
export { runDialog } from 'botbuilder-dialogs/lib/dialogHelper';
export { DialogSet } from 'botbuilder-dialogs/lib/dialogSet';
export { WaterfallDialog } from 'botbuilder-dialogs/lib/waterfallDialog';
