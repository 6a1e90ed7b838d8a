// Generated from docs/openapi.json by `npm run api:types`; do not edit by hand.

export interface paths {
    "/api/notifications/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My channels for notices (the inbox is always on) */
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
                            /**
                             * @description The inbox: always on, so nothing is missed
                             * @enum {boolean}
                             */
                            inApp: true;
                            /** @description Notices by SMS (to the phone on the account) */
                            sms: boolean;
                            /** @description Notices as WeChat template messages (when WeChat is bound) */
                            wechat: boolean;
                        };
                    };
                };
            };
        };
        /** Turn SMS and WeChat notices on or off for myself (audited) */
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
                        /** @description Notices by SMS */
                        sms: boolean;
                        /** @description Notices as WeChat template messages */
                        wechat: boolean;
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
                            /**
                             * @description The inbox: always on, so nothing is missed
                             * @enum {boolean}
                             */
                            inApp: true;
                            /** @description Notices by SMS (to the phone on the account) */
                            sms: boolean;
                            /** @description Notices as WeChat template messages (when WeChat is bound) */
                            wechat: boolean;
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
