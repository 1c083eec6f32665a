export declare const SUITE_OUT: string;
export declare const SUITE_INDEX: string;
/** Compiles the suite into SUITE_OUT and returns the index module's path. */
export declare function buildSuite(): Promise<string>;
