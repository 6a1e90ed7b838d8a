// Generated from docs/openapi.json by `npm run api:types`; do not edit by hand.

export interface paths {
    "/api/accounts/{id}/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lift a lock-out */
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
                            username: string;
                            displayName: string;
                            /** @enum {string} */
                            kind: "staff" | "resident";
                            roles: ("resident" | "volunteer" | "grid_worker" | "handler" | "community_staff" | "street_admin" | "leader" | "supervisor" | "sysadmin" | "secadmin" | "auditor")[];
                            placeId: string | null;
                            placeName: string | null;
                            unitIds: string[];
                            /** @description Masked */
                            phone: string | null;
                            /** @description Masked */
                            idNumber: string | null;
                            /** @description Residents: the groups the community recorded */
                            groups: ("elderly" | "children" | "disabled" | "low_income")[];
                            /** @enum {string} */
                            status: "active" | "disabled";
                            isLocked: boolean;
                            totpEnabled: boolean;
                            lastLoginAt: string | null;
                            createdAt: string;
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
