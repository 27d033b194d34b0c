-- AlterEnum
ALTER TYPE "ConnectionStatus" ADD VALUE 'DISCONNECTED';
