// Generated from docs/openapi.json by `npm run api:types`; do not edit by hand.

export interface paths {
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in; sets the HttpOnly session cookie */
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
                        /** @description Username, or a resident phone number */
                        username: string;
                        password: string;
                        /** @description Six-digit code, when the account has a second factor */
                        totp?: string;
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out: ends every session of this account */
        post: {
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
                            /** @enum {boolean} */
                            ok: true;
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
    "/api/auth/wechat/bind": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bind my WeChat (OAuth code) so ticket news arrive as template messages */
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
                        /** @description The OAuth web-authorisation code (snsapi_base) */
                        code?: string;
                        /** @description Development only (WeChat not configured, not production): bind this openid as is */
                        devOpenid?: string;
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
        /** Unbind my WeChat */
        delete: {
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
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change my password; ends every session */
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
                        currentPassword: string;
                        newPassword: string;
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
                            /** @enum {boolean} */
                            ok: true;
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
    "/api/auth/totp/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start second-factor enrolment */
        post: {
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
                            secret: string;
                            otpauthUrl: string;
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
    "/api/auth/totp/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm the second factor with a code */
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
                        code: string;
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
                            /** @enum {boolean} */
                            ok: true;
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
    "/api/auth/sms-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a one-time code by SMS */
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
                        phone: string;
                        /** @enum {string} */
                        purpose: "register" | "reset";
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
                            /** @enum {boolean} */
                            ok: true;
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
    "/api/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register a resident by phone, code and password; signs in */
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
                        phone: string;
                        code: string;
                        password: string;
                        displayName: string;
                        /**
                         * Format: uuid
                         * @description Where the resident lives, down to the building
                         */
                        homePlaceId?: string;
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reset a password with an SMS code */
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
                        phone: string;
                        code: string;
                        newPassword: string;
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
                            /** @enum {boolean} */
                            ok: true;
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
