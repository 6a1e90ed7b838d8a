// Generated from docs/openapi.json by `npm run api:types`; do not edit by hand.

export interface paths {
    "/api/volunteer-applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Applications to the teams I review (an office's subtree, a leader's teams) */
        get: {
            parameters: {
                query?: {
                    status?: "pending" | "approved" | "declined" | "withdrawn";
                    /** @description One team's applications */
                    unitId?: string;
                    /** @description Page size, at most 100 */
                    limit?: number;
                    /** @description The previous page's nextCursor */
                    cursor?: string;
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
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Apply to join a volunteer team */
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
                        /**
                         * Format: uuid
                         * @description The team to join
                         */
                        unitId: string;
                        /** @description 实名 */
                        realName: string;
                        /** @description Resident ID card number; stored encrypted, shown masked */
                        idNumber: string;
                        /**
                         * @description e.g. 理发, 法律咨询, 急救
                         * @default []
                         */
                        skills?: string[];
                        /** @description When they can serve, e.g. 周末上午 */
                        availability?: string;
                        /** @description 中共党员 */
                        isPartyMember: boolean;
                        /** @description Their own party branch (在职党员双报到); required for a party member */
                        partyBranch?: string;
                        /** @description The work unit their branch belongs to */
                        partyWorkUnit?: string;
                        note?: string;
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
