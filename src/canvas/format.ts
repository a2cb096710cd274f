// The canvas's cable, port and palette texts live in src/ui/cableText.ts, shared with exports.
export * from '../ui/cableText';
