// Generated from docs/openapi.json by `npm run api:types`; do not edit by hand.

export interface paths {
    "/api/tickets/{id}/volunteer-suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Volunteers who may take a service order or wish that still needs people, ranked with reasons */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
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
                            /** Format: uuid */
                            ticketId: string;
                            stillNeeded: number;
                            items: {
                                /** Format: uuid */
                                accountId: string;
                                name: string;
                                volunteerNumber: string | null;
                                isPartyMember: boolean;
                                /** @description Their skills the offering, category or ticket text names */
                                matchedSkills: string[];
                                skills: string[];
                                /** @description Where they live or serve */
                                placeName: string | null;
                                /** @description The nearest place they share with the ticket, by level */
                                sharedLevel: ("district" | "street" | "community" | "compound" | "grid" | "building") | null;
                                /** @description Open orders and wishes they have claimed (that the caller sees) */
                                openClaims: number;
                            }[];
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
