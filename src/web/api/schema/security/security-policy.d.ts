// Generated from docs/openapi.json by `npm run api:types`; do not edit by hand.

export interface paths {
    "/api/security/policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the security policy */
        get: {
            parameters: {
                query?: never;
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
                            passwordMinLength: number;
                            passwordMinClasses: number;
                            maxFailedLogins: number;
                            lockMinutes: number;
                            sessionIdleMinutes: number;
                            totpRequiredRoles: ("volunteer" | "grid_worker" | "handler" | "community_staff" | "street_admin" | "leader" | "supervisor" | "sysadmin" | "secadmin" | "auditor")[];
                        };
                    };
                };
            };
        };
        /** Replace the security policy */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        passwordMinLength: number;
                        passwordMinClasses: number;
                        maxFailedLogins: number;
                        lockMinutes: number;
                        sessionIdleMinutes: number;
                        totpRequiredRoles: ("volunteer" | "grid_worker" | "handler" | "community_staff" | "street_admin" | "leader" | "supervisor" | "sysadmin" | "secadmin" | "auditor")[];
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
                            passwordMinLength: number;
                            passwordMinClasses: number;
                            maxFailedLogins: number;
                            lockMinutes: number;
                            sessionIdleMinutes: number;
                            totpRequiredRoles: ("volunteer" | "grid_worker" | "handler" | "community_staff" | "street_admin" | "leader" | "supervisor" | "sysadmin" | "secadmin" | "auditor")[];
                        };
                    };
                };
            };
        };
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
