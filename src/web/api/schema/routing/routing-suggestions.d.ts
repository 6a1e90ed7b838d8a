// Generated from docs/openapi.json by `npm run api:types`; do not edit by hand.

export interface paths {
    "/api/routing/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The routing catalogue’s answer for several tickets (what 按派单目录分派 would do)
         * @description One entry per ticket of my area, in the order asked; tickets outside it are left out.
         */
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
                        /** @description The tickets, at most 100; an id listed twice counts once */
                        ids: string[];
                    };
                };
            };
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
                                ticketId: string;
                                /** @description null when no rule of the catalogue covers the ticket */
                                rule: {
                                    /** Format: uuid */
                                    id: string;
                                    placeName: string;
                                    categoryName: string;
                                } | null;
                                /** @description In order: the first is the one to dispatch to (主办) */
                                units: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                    /** @enum {string} */
                                    kind: "department" | "party_org" | "property_company" | "volunteer_team" | "social_org";
                                    /** @description The place the unit sits on */
                                    placeName: string;
                                }[];
                            }[];
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
