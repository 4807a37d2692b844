export declare const HANDLER: string;
export declare const HOLD_COMMAND: string;
export declare const PERMISSION: string;
export declare function runtimes(): string;
export declare function functionFile(): string;
export declare function extensionPoints(): string;
export declare function urls(origin: string): string;
export declare function shortStrings(): string;
export declare function longStrings(): string;
