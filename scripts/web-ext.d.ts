// web-ext ships no types; this is the part of its documented API (web-ext/lib/cmd/lint.js) that we call.
declare module 'web-ext' {
  const webExt: {
    cmd: {
      lint(
        params: { sourceDir: string; artifactsDir: string; output?: 'json' | 'text' | 'none'; selfHosted?: boolean },
        options?: { shouldExitProgram?: boolean },
      ): Promise<unknown>;
    };
  };
  export default webExt;
}
