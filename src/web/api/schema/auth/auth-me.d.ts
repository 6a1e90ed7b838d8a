// Generated from docs/openapi.json by `npm run api:types`; do not edit by hand.

export interface paths {
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in account */
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
                            /** Format: uuid */
                            id: string;
                            username: string;
                            displayName: string;
                            /** @enum {string} */
                            kind: "staff" | "resident";
                            roles: ("resident" | "volunteer" | "grid_worker" | "handler" | "community_staff" | "street_admin" | "leader" | "supervisor" | "sysadmin" | "secadmin" | "auditor")[];
                            /** @description The node a staff account serves, or a resident home; null = whole tree */
                            placeId: string | null;
                            placeName: string | null;
                            /** @description Units this account works for */
                            unitIds: string[];
                            /** @description Masked */
                            phone: string | null;
                            mustChangePassword: boolean;
                            totpEnabled: boolean;
                            /** @description The security policy requires a second factor for one of these roles */
                            totpRequired: boolean;
                            /** @description What this account may do; the UI shows menus from it */
                            permissions: string[];
                            /** @description A WeChat openid is bound: ticket news go there as template messages */
                            wechatBound: boolean;
                            /** @description The official account to start the WeChat OAuth redirect with; null = WeChat not configured */
                            wechatAppId: string | null;
                            /** @description WeChat is not configured and this is not production: bind with devOpenid (development adapter) */
                            wechatDevBinding: boolean;
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
        /** Update my name or (residents) my home */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        displayName?: string;
                        /**
                         * Format: uuid
                         * @description Residents only
                         */
                        homePlaceId?: string;
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
                            /** Format: uuid */
                            id: string;
                            username: string;
                            displayName: string;
                            /** @enum {string} */
                            kind: "staff" | "resident";
                            roles: ("resident" | "volunteer" | "grid_worker" | "handler" | "community_staff" | "street_admin" | "leader" | "supervisor" | "sysadmin" | "secadmin" | "auditor")[];
                            /** @description The node a staff account serves, or a resident home; null = whole tree */
                            placeId: string | null;
                            placeName: string | null;
                            /** @description Units this account works for */
                            unitIds: string[];
                            /** @description Masked */
                            phone: string | null;
                            mustChangePassword: boolean;
                            totpEnabled: boolean;
                            /** @description The security policy requires a second factor for one of these roles */
                            totpRequired: boolean;
                            /** @description What this account may do; the UI shows menus from it */
                            permissions: string[];
                            /** @description A WeChat openid is bound: ticket news go there as template messages */
                            wechatBound: boolean;
                            /** @description The official account to start the WeChat OAuth redirect with; null = WeChat not configured */
                            wechatAppId: string | null;
                            /** @description WeChat is not configured and this is not production: bind with devOpenid (development adapter) */
                            wechatDevBinding: boolean;
                        };
                    };
                };
            };
        };
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
