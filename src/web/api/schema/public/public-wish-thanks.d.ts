// Generated from docs/openapi.json by `npm run api:types`; do not edit by hand.

export interface paths {
    "/api/public/wish-thanks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Fulfilled wishes their residents thanked in public (圆梦墙): the words, the claimants’ masked names, the community */
        get: {
            parameters: {
                query?: {
                    /** @description Page size, at most 100 */
                    limit?: number;
                    /** @description The previous page's nextCursor */
                    cursor?: string;
                    /** @description Only wishes in this subtree (a district, street or community) */
                    placeId?: string;
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
                            items: {
                                /** Format: uuid */
                                ticketId: string;
                                number: string;
                                title: string;
                                /** @description The community (社区/村) the wish was in */
                                placeName: string;
                                /** @description Those who fulfilled it, masked as 王** */
                                claimantNames: string[];
                                /** @description The resident’s words, as they wrote them when rating */
                                thanks: string;
                                thankedAt: string;
                            }[];
                            nextCursor: string | null;
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
