// Generated from docs/openapi.json by `npm run api:types`; do not edit by hand.

export interface paths {
    "/api/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The two-level category taxonomy */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                parentId: string | null;
                                code: string;
                                name: string;
                                kinds: ("problem" | "wish" | "service" | "suggestion" | "consultation")[];
                                sort: number;
                                isActive: boolean;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a category */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description null for a top-level category */
                        parentId: string | null;
                        code: string;
                        nameZh: string;
                        nameEn: string;
                        /** @default [] */
                        kinds?: ("problem" | "wish" | "service" | "suggestion" | "consultation")[];
                        /** @default 0 */
                        sort?: number;
                        /** @default true */
                        isActive?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            parentId: string | null;
                            code: string;
                            name: string;
                            kinds: ("problem" | "wish" | "service" | "suggestion" | "consultation")[];
                            sort: number;
                            isActive: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
