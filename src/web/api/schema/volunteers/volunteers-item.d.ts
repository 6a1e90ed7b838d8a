// Generated from docs/openapi.json by `npm run api:types`; do not edit by hand.

export interface paths {
    "/api/volunteers/{accountId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A volunteer's profile (ID number masked) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
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
                            accountId: string;
                            displayName: string;
                            /** @description 志愿者编号: unique and stable, district-prefixed */
                            number: string;
                            realName: string;
                            /** @description Masked */
                            idNumber: string;
                            skills: string[];
                            availability: string | null;
                            isPartyMember: boolean;
                            partyBranch: string | null;
                            partyWorkUnit: string | null;
                            /** @description Where a party member reports (双报到) */
                            homeCommunityName: string | null;
                            teams: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                serviceBrand: string | null;
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
