// Generated from docs/openapi.json by `npm run api:types`; do not edit by hand.

export interface paths {
    "/api/places/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Find places by name, pinyin or pinyin initials (residents pick their home before signing up) */
        get: {
            parameters: {
                query: {
                    /** @description Names, pinyin or pinyin initials, words apart by spaces */
                    q: string;
                    /** @description Only inside the subtree of this node (a field worker’s own area) */
                    under?: string;
                    /** @description false: residents’ view, a compound’s buildings straight below it and no grids found */
                    grids?: "true" | "false";
                };
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
                            /** @description At most 20, closest first */
                            items: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                level: "district" | "street" | "community" | "compound" | "grid" | "building";
                                /** @description Places one step below it in this view (buildings of a compound without grids) */
                                childCount: number;
                                /** @description From the district down; grids left out when grids=false */
                                ancestors: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                    /** @enum {string} */
                                    level: "district" | "street" | "community" | "compound" | "grid" | "building";
                                }[];
                            }[];
                            /** @description More places matched: typing more narrows them */
                            more: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
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
