// Generated from docs/openapi.json by `npm run api:types`; do not edit by hand.

export interface paths {
    "/api/volunteer-applications/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw my pending application */
        post: {
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
                            id: string;
                            /** Format: uuid */
                            accountId: string;
                            /** @description The applicant's account name */
                            displayName: string;
                            realName: string;
                            /** @description Masked (3204**********1234) */
                            idNumber: string;
                            /** Format: uuid */
                            unitId: string;
                            teamName: string;
                            /** @enum {string} */
                            status: "pending" | "approved" | "declined" | "withdrawn";
                            skills: string[];
                            availability: string | null;
                            isPartyMember: boolean;
                            partyBranch: string | null;
                            partyWorkUnit: string | null;
                            note: string | null;
                            /** @description Why it was declined */
                            reason: string | null;
                            decidedAt: string | null;
                            createdAt: string;
                            allowedActions: ("approve" | "decline" | "withdraw")[];
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
