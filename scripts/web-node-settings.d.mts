export declare const WEB_NODE_FLAGS: string[];
export declare const WEB_NODE_ENV: Record<string, string>;
