// Generated from docs/openapi.json by `npm run api:types`; do not edit by hand.

export interface paths {
    "/api/teams/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A team with its members */
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
                            /**
                             * Format: uuid
                             * @description The team's unit id
                             */
                            id: string;
                            name: string;
                            /** Format: uuid */
                            placeId: string;
                            placeName: string;
                            serviceBrand: string | null;
                            stationId: string | null;
                            stationName: string | null;
                            leaderId: string | null;
                            leaderName: string | null;
                            skills: string[];
                            memberCount: number;
                            /** @description Applications waiting for a decision */
                            pendingCount: number;
                            allowedActions: ("update" | "review")[];
                            members: {
                                /** Format: uuid */
                                accountId: string;
                                displayName: string;
                                /** @description null for a member without a volunteer profile yet */
                                volunteerNumber: string | null;
                                isPartyMember: boolean;
                                isLeader: boolean;
                                skills: string[];
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
