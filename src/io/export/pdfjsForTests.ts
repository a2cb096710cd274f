// pdf.js for the tests that read a PDF's text as a viewer would (unit and browser specs alike).
// Not part of the app: only tests import it.

/** pdf.js's Node build; pdf.js 6 uses Promise.withResolvers (Node 22+), the project supports Node 20.19. */
export const pdfjs = async (): Promise<typeof import('pdfjs-dist/legacy/build/pdf.mjs')> => {
  const P = Promise as unknown as { withResolvers?: unknown };
  P.withResolvers ??= function <T>() {
    let resolve!: (v: T) => void;
    let reject!: (e: unknown) => void;
    const promise = new Promise<T>((a, b) => {
      resolve = a;
      reject = b;
    });
    return { promise, resolve, reject };
  };
  return import('pdfjs-dist/legacy/build/pdf.mjs');
};
