/** The encoding to answer with: 'br' when accepted, else 'gzip', else null (identity). A q=0 refuses. */
export function pickEncoding(acceptEncoding: string | string[] | null | undefined): 'br' | 'gzip' | null;
