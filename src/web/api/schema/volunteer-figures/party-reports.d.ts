// Generated from docs/openapi.json by `npm run api:types`; do not edit by hand.

export interface paths {
    "/api/party-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The party members’ monthly report (在职党员双报到), by party branch
         * @description Every party member whose home community is in the subtree, with their claims, completions, activities attended and confirmed hours of the month. Phones masked.
         */
        get: {
            parameters: {
                query?: {
                    /** @description The subtree's top node; default: the caller's own node */
                    placeId?: string;
                    /** @description Default: this month */
                    month?: string;
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
                            placeId: string | null;
                            placeName: string | null;
                            month: string;
                            branches: {
                                /** @description The party branch as registered; null when not given */
                                branch: string | null;
                                members: {
                                    /** Format: uuid */
                                    accountId: string;
                                    /** @description 实名, for the office of the member’s community */
                                    name: string;
                                    /** @description masked: 138****1234 */
                                    phone: string | null;
                                    workUnit: string | null;
                                    /** @description Where they report (双报到) */
                                    communityName: string | null;
                                    wishesClaimed: number;
                                    wishesCompleted: number;
                                    ordersClaimed: number;
                                    ordersCompleted: number;
                                    activitiesAttended: number;
                                    confirmedMinutes: number;
                                }[];
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
